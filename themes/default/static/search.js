/* Briefing search. Loaded (deferred) on every page: "/" focuses the search box; on the
 * search page it answers queries with lunr.js from a term-sharded index (see docs/search.md).
 * Data files are scripts calling __briefingSearch(key, data), so they load from file:// and
 * under a strict Content-Security-Policy. Everything shown is built with text nodes. */
(function () {
  "use strict";
  var d = document;

  function metaContent(name) {
    var m = d.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute("content") : null;
  }

  var ROOT = metaContent("briefing-root") || "./";

  // ---- "/" focuses the search box --------------------------------------------------------
  d.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    var tag = t && t.tagName;
    if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (t && t.isContentEditable)) return;
    var box = d.getElementById("search-q") || d.getElementById("site-q");
    if (box) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });

  var page = d.getElementById("search-page");
  if (!page) return;

  // ---- loading data files (script tags: works on file://, no eval) ---------------------
  var BASE = new URL(ROOT + "search/", d.baseURI).href;
  var VERSION = "";
  var slots = Object.create(null);

  window.__briefingSearch = function (key, data) {
    var s = slots[key];
    if (s) { s.data = data; s.ok = true; }
  };

  function loadScript(src, slot, low) {
    return new Promise(function (resolve, reject) {
      var el = d.createElement("script");
      el.src = src;
      el.async = true;
      if (low) el.setAttribute("fetchpriority", "low");
      el.onload = function () {
        el.remove();
        if (!slot || slot.ok) resolve(slot ? slot.data : null);
        else reject(new Error("bad data file " + src));
      };
      el.onerror = function () { el.remove(); reject(new Error("cannot load " + src)); };
      d.head.appendChild(el);
    });
  }

  /* low: a file nothing waits for on screen (an excerpt): the browser serves the others first. */
  function load(key, low) {
    var s = slots[key];
    if (s) return s.promise;
    s = slots[key] = { ok: false, data: null };
    var parts = key.split("/").map(encodeURIComponent).join("/");
    s.promise = loadScript(BASE + parts + ".js" + (VERSION ? "?v=" + VERSION : ""), s, low);
    s.promise.catch(function () { delete slots[key]; });
    return s.promise;
  }

  var lunrReady = null, actorsList = null;
  function loadLunr() {
    if (!lunrReady) {
      lunrReady = window.lunr ? Promise.resolve() :
        loadScript(new URL(metaContent("briefing-lunr") || ROOT + "static/vendor/lunr.min.js", d.baseURI).href, null);
    }
    return lunrReady;
  }

  var meta = null, actorRows = [];
  // actors.js (people's names, which the result cards refer to by index) after meta.js, so it
  // loads with meta's version (?v=) like every other data file.
  var ready = Promise.all([loadLunr(), load("meta").then(function (m) {
    VERSION = m.v;
    return loadActors().then(function (rows) { return [m, rows]; });
  })]).then(function (r) {
    meta = r[1][0];
    actorRows = r[1][1];
    VERSION = meta.v;
    initLengths();
    searchPipeline = new lunr.Pipeline();
    searchPipeline.add(lunr.stemmer);
    return meta;
  });

  // ---- text processing exactly as the index was built -------------------------------------
  var searchPipeline = null;
  var stemCache = new Map();

  function stem(s) {
    var r = stemCache.get(s);
    if (r === undefined) {
      r = lunr.stemmer(new lunr.Token(s)).toString();
      stemCache.set(s, r);
    }
    return r;
  }

  /* lunr's trimmer made Unicode-aware (builder/search.py does the same at build): a word in
   * Cyrillic, Arabic, Korean… keeps its letters, where lunr.trimmer's ASCII \W emptied it. */
  function trim(s) { return s.replace(/^[^\p{L}\p{N}_]+/u, "").replace(/[^\p{L}\p{N}_]+$/u, ""); }

  function isStopWord(s) { return lunr.stopWordFilter(new lunr.Token(s)) === undefined; }

  /* Why a query that is not empty has no word to search: stop words only ("the"), or no letter
   * or digit at all (symbols, emoji). [short, long] reasons, or null when it has words to search. */
  function noWordsReason(text) {
    var q = text.trim();
    if (!q || queryWords(text).length) return null;
    var common = lunr.tokenizer(text).some(function (tok) { return !!trim(tok.toString()); });
    var short = common ? "“" + q + "” is too common to search" : "“" + q + "” has no word to search";
    return [short, short + ": add a word, or pick a person, an outlet or dates."];
  }

  /* The query's words: lunr's tokenizer, then the trimmer and stop-word filter (as at build). */
  function queryWords(text) {
    var words = [];
    var seen = Object.create(null);
    lunr.tokenizer(text).forEach(function (tok) {
      var w = trim(tok.toString());
      if (!w || isStopWord(w) || seen[w]) return;
      seen[w] = true;
      words.push({ w: w, stem: stem(w), prefix: false, fuzzy: false, partial: null });
    });
    return words;
  }

  // ---- shards --------------------------------------------------------------------------
  function shardOf(term) { // last shard whose first term <= term, or -1
    var a = meta.shards, lo = 0, hi = a.length - 1, r = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (a[mid] <= term) { r = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return r;
  }

  function shardsForPrefix(p) {
    var out = [], k = shardOf(p), a = meta.shards;
    if (k >= 0) out.push(k);
    for (var j = k + 1; j < a.length && a[j].lastIndexOf(p, 0) === 0; j++) out.push(j);
    return out;
  }

  /* A prefix clause loads every shard its terms can be in: at most 4 for a 2-3-letter prefix (which
   * often spans dozens), 8 from 4 letters on (which almost never spans more). Without a prefix
   * clause, a 4+-letter word that is no term gets the typo clause instead, which costs two round
   * trips (fuzzy buckets, then the candidates' shards, 10-20 files): ~200 ms for "stat". */
  function maxPrefixShards(p) { return p.length >= 4 ? 8 : 4; }
  var MIN_FUZZY_LENGTH = 4;
  var MIN_PARTIAL = 4, MAX_PARTIAL_CUT = 4;
  var SUFFIXES = ["ing", "ings", "ed", "es", "er", "ers", "ation", "ations", "ational", "ative", "ated", "ates",
    "ating", "ion", "ions", "al", "ally", "ly", "ment", "ments", "ness", "ful", "ous", "ive", "ize", "izing",
    "ization", "ism", "ist", "ists", "ity", "ities", "ied", "ance", "ence", "able", "ible", "ic", "ical", "s", "y"];

  function crc32(str) {
    var bytes = new TextEncoder().encode(str), c = -1;
    for (var i = 0; i < bytes.length; i++) {
      c ^= bytes[i];
      for (var k = 0; k < 8; k++) c = (c >>> 1) ^ (0xEDB88320 & -(c & 1));
    }
    return (c ^ -1) >>> 0;
  }

  function fuzzyKeys(t) {
    var keys = [t], chars = Array.from(t);
    for (var i = 0; i < chars.length; i++) keys.push(chars.slice(0, i).concat(chars.slice(i + 1)).join(""));
    return keys;
  }

  var loadedShards = Object.create(null);

  /* Result cards from the shards (title, date, outlet, people of each term's top documents, see
   * builder/search.py): a first page whose cards are known is shown at once, its excerpts follow
   * from the d/ files. cards.get(id) = [id, slug, title, date, outlet, people]. */
  var cards = new Map();

  /* Each loaded term's postings, decoded once: postings[term] = {i: term index (in term order),
   * d: [Int32Array of doc ids per field, ascending], w: [Float64Array of lunr weights per field],
   * null until a query needs them (weighTerms), e: its shard entry until then}. */
  var postings = new Map();
  var termSets = new Map(), TERM_SETS = 8;

  /* A shard's file is named by its first term (so adding a shard renames no other). */
  function shardFile(k) { return "t/" + crc32(meta.shards[k]).toString(36); }

  /* Term index of a shard's j-th term: increasing in term order like lunr's (the shards are
   * consecutive ranges of the sorted vocabulary), without counting the terms of other shards. */
  var SHARD_SPAN = 65536; // more than a shard has terms (builder/search.py shard_cuts); V8 small integers

  var K1 = 1.2, B = 0.75; // lunr.Builder's defaults

  /* Field lengths of the fields whose postings do not carry them (meta.lf, the body): lens[f][doc],
   * filled from the l/<k>.js files (meta.lb documents each) as the terms a query uses need them. */
  var lens = [], lensLoaded = null, lengthFields = [];

  function initLengths() {
    lengthFields = meta.lf || [];
    lens = meta.fields.map(function () { return null; });
    lengthFields.forEach(function (f) { lens[f] = new Int32Array(meta.n); });
    lensLoaded = new Uint8Array(Math.ceil(meta.n / (meta.lb || 1)));
  }

  /* A shard entry is [term, postings per field]: [doc-id gap, tf, field length, ...], or
   * [doc-id gap, tf, ...] for a field whose lengths are in the l/ files. -> the doc ids. */
  function decodeTerm(e) {
    var nf = meta.fields.length, ds = [];
    for (var f = 0; f < nf; f++) {
      var flat = e[f + 1], st = lens[f] ? 2 : 3, di = new Int32Array(flat.length / st), doc = 0;
      for (var p = 0, q = 0; p < flat.length; p += st, q++) {
        doc += flat[p];
        di[q] = doc;
      }
      ds.push(di);
    }
    return { d: ds, w: null, e: e };
  }

  /* lunr.Builder.createFieldVectors for one term: the weight of each posting (tf and the field
   * length), with lunr's operations in lunr's order (lunr.idf counts a document once per field),
   * so the floats are the ones a whole lunr index holds. Needs the l/ files of its documents. */
  function weigh(pst, n) {
    var nf = meta.fields.length, df = 0, ws = [], e = pst.e;
    for (var f0 = 0; f0 < nf; f0++) df += pst.d[f0].length;
    var x = (n - df + 0.5) / (df + 0.5), idf = Math.log(1 + Math.abs(x));
    for (var f = 0; f < nf; f++) {
      var flat = e[f + 1], ds = pst.d[f], table = lens[f], st = table ? 2 : 3, m = ds.length;
      var wi = new Float64Array(m), avg = meta.avg[f], boost = meta.boost[f];
      for (var p = 0, q = 0; q < m; p += st, q++) {
        var tf = flat[p + 1], len = table ? table[ds[q]] : flat[p + 2];
        var score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (len / avg)) + tf);
        score *= boost;
        wi[q] = Math.round(score * 1000) / 1000; // the value lunr's field vectors hold
      }
      ws.push(wi);
    }
    pst.w = ws;
    pst.e = null;
  }

  function loadLengths(b) {
    return load("l/" + b).then(function (data) {
      if (lensLoaded[b]) return;
      lengthFields.forEach(function (f, j) { lens[f].set(data[j], b * meta.lb); });
      lensLoaded[b] = 1;
    });
  }

  /* Every l/ file, when the reader starts a word in the box (its first letters): the 2-3 letter
   * prefix typed next reaches terms in articles everywhere and needs them all, so their round trip is
   * taken off that keystroke. (A ?q= link, or a longer word edited, loads only those it needs.) */
  var lengthsWanted = false;
  function prefetchLengths() {
    if (lengthsWanted) return;
    lengthsWanted = true;
    ready.then(function () {
      for (var b = 0; b < lensLoaded.length; b++) if (!lensLoaded[b]) loadLengths(b).catch(function () {});
    }, function () {});
  }

  /* Resolves when these (loaded) terms have their weights: loads the l/ files their documents are
   * in (for a rare word one small file; a word in most articles needs them all), then weighs. */
  function weighTerms(terms) {
    var todo = [], blocks = Object.create(null), lb = meta.lb;
    terms.forEach(function (t) {
      var pst = postings.get(t);
      if (!pst || pst.w) return;
      todo.push(pst);
      lengthFields.forEach(function (f) {
        var ds = pst.d[f];
        for (var q = 0; q < ds.length; q++) {
          var b = (ds[q] / lb) | 0;
          if (!lensLoaded[b]) blocks[b] = true;
        }
      });
    });
    if (!todo.length) return Promise.resolve();
    return Promise.all(Object.keys(blocks).map(Number).map(loadLengths)).then(function () {
      todo.forEach(function (pst) { if (!pst.w) weigh(pst, meta.n); });
    });
  }

  function loadShards(ks) {
    return Promise.all(ks.map(function (k) {
      return load(shardFile(k)).then(function (data) {
        if (loadedShards[k]) return;
        loadedShards[k] = data;
        (data.c || []).forEach(function (c) { cards.set(c[0], c); });
        data.t.forEach(function (e, j) {
          var pst = decodeTerm(e);
          pst.i = k * SHARD_SPAN + j;
          postings.set(e[0], pst);
        });
      });
    }));
  }

  /* lunr.TokenSet of the terms of these shards (the ones a query touches: every term it can expand
   * to is in them, see prepare). Shards are consecutive ranges of the sorted vocabulary, so their
   * terms in shard order are sorted. A few recent sets are kept (typing a word touches the same
   * shards letter after letter); a set of every loaded term would be rebuilt whenever a shard
   * arrives, ~2 µs a term. */
  function termSetOf(ks) {
    var key = ks.join(","), set = termSets.get(key);
    if (!set) {
      var terms = [];
      ks.forEach(function (k) { loadedShards[k].t.forEach(function (e) { terms.push(e[0]); }); });
      set = lunr.TokenSet.fromArray(terms);
      termSets.set(key, set);
      if (termSets.size > TERM_SETS) termSets.delete(termSets.keys().next().value);
    }
    return set;
  }

  function hasTerm(term) {
    var k = shardOf(term);
    if (k < 0 || !loadedShards[k]) return false;
    var t = loadedShards[k].t, lo = 0, hi = t.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1, v = t[mid][0];
      if (v === term) return true;
      if (v < term) lo = mid + 1; else hi = mid - 1;
    }
    return false;
  }

  /* Loaded terms starting with p (all of them, once the prefix's shards are loaded). */
  function withPrefix(p) {
    var out = [];
    shardsForPrefix(p).forEach(function (k) {
      (loadedShards[k] ? loadedShards[k].t : []).forEach(function (e) {
        if (e[0].lastIndexOf(p, 0) === 0) out.push(e[0]);
      });
    });
    return out;
  }


  function uniq(a) {
    var s = Object.create(null), out = [];
    a.forEach(function (x) { if (!(x in s)) { s[x] = 1; out.push(x); } });
    return out.sort(function (x, y) { return x - y; });
  }

  /* Decide clauses and load every shard the query can touch; resolves to those shards. */
  function prepare(words, typing) {
    var need = [];
    words.forEach(function (wd, i) {
      var k = shardOf(wd.stem);
      if (k >= 0) need.push(k);
      if (typing && i === words.length - 1 && wd.w.length >= 2) {
        var ps = shardsForPrefix(wd.w);
        if (ps.length && ps.length <= maxPrefixShards(wd.w)) { wd.prefix = true; need = need.concat(ps); }
        // A word being typed is often longer than its stem ("complicat" of "complic"): the stems
        // it may be heading for are its own first letters (4 at least) followed by the start of a
        // suffix the stemmer removes ("at" of "ating"), not by anything ("kessler" of "kesslerov").
        wd.partial = [];
        for (var L = Math.max(MIN_PARTIAL, wd.w.length - MAX_PARTIAL_CUT); L < wd.w.length; L++) {
          var cut = wd.w.slice(0, L), ck = shardOf(cut), tail = wd.w.slice(L);
          if (cut === wd.stem || !SUFFIXES.some(function (sf) { return sf.lastIndexOf(tail, 0) === 0; })) continue;
          wd.partial.push(cut);
          if (ck >= 0) need.push(ck);
        }
      }
    });
    need = uniq(need);
    return loadShards(need).then(function () {
      // A prefix that reaches no term but the word's own stem adds nothing to match: drop the
      // clause, so lunr walks a long posting list once, not twice.
      words.forEach(function (wd) {
        if (wd.prefix) {
          var ex = withPrefix(wd.w);
          if (!ex.length || (ex.length === 1 && ex[0] === wd.stem)) wd.prefix = false;
        }
        // Only for a word that matches nothing as typed (else it would get the typo clause, two
        // round trips of 10-20 files, and often find nothing: "complicat" has no term within one edit).
        if (wd.partial) {
          wd.partial = !wd.prefix && !hasTerm(wd.stem) ? wd.partial.filter(hasTerm) : [];
          if (!wd.partial.length) wd.partial = null;
        }
      });
      var fuzzyWords = words.filter(function (wd) {
        return wd.w.length >= MIN_FUZZY_LENGTH && !hasTerm(wd.stem) && !wd.prefix && !wd.partial;
      });
      if (!fuzzyWords.length) return need;
      var buckets = [];
      fuzzyWords.forEach(function (wd) {
        wd.fuzzy = true;
        fuzzyKeys(wd.w).concat(wd.stem !== wd.w ? fuzzyKeys(wd.stem) : []).forEach(function (key) {
          buckets.push(crc32(key) % meta.fuzzy);
        });
      });
      return Promise.all(uniq(buckets).map(function (b) {
        return load("f/" + b).catch(function () { return []; });
      })).then(function (lists) {
        var cands = Array.from(new Set([].concat.apply([], lists))).sort();
        if (!cands.length) return need;
        var set = lunr.TokenSet.fromArray(cands), more = [];
        fuzzyWords.forEach(function (wd) {
          [wd.w, wd.stem].forEach(function (t) {
            set.intersect(lunr.TokenSet.fromFuzzyString(t, 1)).toArray().forEach(function (term) {
              more.push(shardOf(term));
            });
          });
        });
        more = uniq(more.filter(function (k) { return k >= 0; }));
        return loadShards(more).then(function () { return uniq(need.concat(more)); });
      });
    });
  }

  var NO_METADATA = Object.freeze({});

  /* One lunr.Index grows as shards load: their postings, and each document's vector components
   * for their terms, exactly as the whole index holds them. A query touches only terms of shards
   * it loaded (every term it can expand to is in them), and components of other terms never change
   * a score (query . vector / |query|), so lunr gives the whole index's results and scores. */
  var merged = { inverted: Object.create(null), vectors: Object.create(null), terms: [], shards: Object.create(null),
    index: null };

  function indexFor(ks) {
    var fields = meta.fields, added = false;
    ks.forEach(function (k) {
      if (merged.shards[k]) return;
      merged.shards[k] = true;
      added = true;
      var sh = loadedShards[k];
      sh.t.forEach(function (e, j) {
        var termIndex = k * SHARD_SPAN + j, posting = { _index: termIndex }, pst = postings.get(e[0]);
        merged.terms.push(e[0]);
        for (var f = 0; f < fields.length; f++) {
          var ds = pst.d[f], ws = pst.w[f], fp = Object.create(null);
          for (var p = 0; p < ds.length; p++) {
            var ref = String(ds[p]), fieldRef = fields[f] + "/" + ref;
            fp[ref] = NO_METADATA; // lunr only reads it (MatchData copies its keys)
            var v = merged.vectors[fieldRef];
            if (!v) v = merged.vectors[fieldRef] = new lunr.Vector();
            v.insert(termIndex, ws[p]);
          }
          posting[fields[f]] = fp;
        }
        merged.inverted[e[0]] = posting;
      });
    });
    if (added || !merged.index) {
      merged.terms.sort();
      merged.index = new lunr.Index({
        invertedIndex: merged.inverted, fieldVectors: merged.vectors,
        tokenSet: lunr.TokenSet.fromArray(merged.terms), fields: fields, pipeline: searchPipeline
      });
    }
    return merged.index;
  }

  var BOOST_EXACT = 10, BOOST_PREFIX = 1, BOOST_FUZZY = 1;

  /* The lunr query for these words (also run by the tests against a whole index). */
  function buildQuery(q, words) {
    words.forEach(function (wd) {
      q.term(wd.w, { boost: BOOST_EXACT });
      if (wd.prefix) q.term(wd.w, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: BOOST_PREFIX });
      if (wd.partial) wd.partial.forEach(function (t) { q.term(t, { usePipeline: false, boost: BOOST_PREFIX }); });
      if (wd.fuzzy) {
        q.term(wd.w, { usePipeline: false, editDistance: 1, boost: BOOST_FUZZY });
        if (wd.stem !== wd.w) q.term(wd.stem, { usePipeline: false, editDistance: 1, boost: BOOST_FUZZY });
      }
    });
  }

  /* lunr.Index.prototype.query (lunr.js 2.3.9), restricted to what buildQuery asks (optional
   * clauses on every field), computed on the decoded postings instead of lunr's objects: the same
   * expanded terms (lunr's TokenSet intersection, in lunr's order), the same query vector (boosts
   * summed clause by clause, |q| summed in term-index order), the same dot products (q x weight,
   * summed in term-index order), the same field order when a document's field scores are added.
   * So the scores are lunr's, bit for bit (tested against index.query); lunr allocates a FieldRef,
   * a MatchData and a Set per matching field, which costs ~50 ms for a word in 10,000 articles.
   * -> {docs: Int32Array (matching doc ids, unordered), score: Float64Array and mask: Int32Array
   *     (by doc id; mask = bit set of the words whose terms the doc contains), terms} */
  var scratch = null;

  /* scoreQuery's first half: the query's expanded terms (in term-index order), their query vector
   * components, the order lunr's loop meets them and the words each stands for. */
  function expandQuery(words, shards) {
    var fields = meta.fields, tokenSet = termSetOf(shards);
    var qv = new Map(), rank = new Map(), mask = new Map(), order = 0;
    words.forEach(function (wd, wi) {
      var q = new lunr.Query(fields);
      buildQuery(q, [wd]);
      q.clauses.forEach(function (clause) {
        var terms = clause.usePipeline ? searchPipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
        terms.forEach(function (term) {
          clause.term = term;
          tokenSet.intersect(lunr.TokenSet.fromClause(clause)).toArray().forEach(function (t) {
            if (!postings.has(t)) return;
            qv.set(t, qv.has(t) ? qv.get(t) + clause.boost : clause.boost);
            if (!rank.has(t)) rank.set(t, order++);
            mask.set(t, (mask.get(t) || 0) | (1 << Math.min(wi, 30)));
          });
        });
      });
    });
    var terms = Array.from(qv.keys()).sort(function (a, b) { return postings.get(a).i - postings.get(b).i; });
    return { qv: qv, rank: rank, mask: mask, terms: terms };
  }

  /* The second half, once the terms have their weights (weighTerms). */
  function scoreExpanded(ex) {
    var nf = meta.fields.length, n = meta.n, qv = ex.qv, rank = ex.rank, mask = ex.mask, terms = ex.terms;
    var sumSq = 0;
    terms.forEach(function (t) { var v = qv.get(t); sumSq += v * v; });
    var mag = Math.sqrt(sumSq);
    if (!scratch || scratch.n !== n || scratch.nf !== nf) {
      scratch = { n: n, nf: nf, dot: [], pos: [], seen: [], any: new Int32Array(n), stamp: 0 };
      for (var f0 = 0; f0 < nf; f0++) {
        scratch.dot.push(new Float64Array(n));
        scratch.pos.push(new Int32Array(n));
        scratch.seen.push(new Int32Array(n));
      }
    }
    // Per (document, field): the dot product, summed in term-index order as lunr.Vector.dot does,
    // and the position where lunr's query loop first meets it (clause, expanded term, field).
    var stamp = ++scratch.stamp, any = scratch.any, docs = new Int32Array(n), nd = 0, maskOf = new Int32Array(n);
    terms.forEach(function (t) {
      var pst = postings.get(t), v = qv.get(t), r = rank.get(t) * nf, m = mask.get(t);
      for (var f = 0; f < nf; f++) {
        var ds = pst.d[f], ws = pst.w[f], dot = scratch.dot[f], pos = scratch.pos[f], seen = scratch.seen[f];
        var key = r + f;
        for (var k = 0; k < ds.length; k++) {
          var doc = ds[k];
          if (any[doc] !== stamp) { any[doc] = stamp; docs[nd++] = doc; }
          if (seen[doc] !== stamp) { seen[doc] = stamp; dot[doc] = v * ws[k]; pos[doc] = key; }
          else { dot[doc] += v * ws[k]; if (key < pos[doc]) pos[doc] = key; }
          maskOf[doc] |= m;
        }
      }
    });
    // A document's score: its field scores (dot / |q|, or 0) added in that first-met order.
    var score = new Float64Array(n), fs = new Int32Array(nf);
    for (var i = 0; i < nd; i++) {
      var doc = docs[i], c = 0;
      for (var f = 0; f < nf; f++) {
        if (scratch.seen[f][doc] !== stamp) continue;
        var p = scratch.pos[f][doc], j = c++;
        while (j > 0 && scratch.pos[fs[j - 1]][doc] > p) { fs[j] = fs[j - 1]; j--; }
        fs[j] = f;
      }
      var sc = scratch.dot[fs[0]][doc] / mag || 0;
      for (var g = 1; g < c; g++) sc += scratch.dot[fs[g]][doc] / mag || 0;
      score[doc] = sc;
    }
    return { docs: docs.subarray(0, nd), score: score, mask: maskOf, terms: terms };
  }

  /* -> a promise of scoreQuery's result, or of null when stale() says a newer keystroke came. */
  function scoreQuery(words, shards, stale) {
    var ex = expandQuery(words, shards);
    return weighTerms(ex.terms).then(function () { return stale && stale() ? null : scoreExpanded(ex); });
  }

  /* The query terms (lunr's matchData terms) found in one document, for highlighting. */
  function termsIn(terms, doc) {
    var out = [];
    terms.forEach(function (t) {
      var pst = postings.get(t);
      for (var f = 0; f < pst.d.length; f++) {
        var ds = pst.d[f], lo = 0, hi = ds.length - 1;
        while (lo <= hi) {
          var mid = (lo + hi) >> 1;
          if (ds[mid] === doc) { out.push(t); return; }
          if (ds[mid] < doc) lo = mid + 1; else hi = mid - 1;
        }
      }
    });
    return out;
  }

  function popcount(x) { var c = 0; while (x) { x &= x - 1; c++; } return c; }

  /* Results of recent queries (the loaded shards only grow, so a query's results never change):
   * going back a letter, or retyping one, costs nothing. */
  var recent = new Map(), RECENT = 16;

  /* -> {ids: Int32Array, best first; q: the query's terms; all: bool (every word matched); words} */
  /* The last word is matched as a prefix too unless the text ends with a space (a finished word),
   * whether it is being typed or comes from a ?q= URL, so Enter and a shared link show the same.
   * stale(): true when a newer keystroke superseded this one (then nothing is scored). */
  function textSearch(text, stale) {
    var typing = !/\s$/.test(text);
    var words = queryWords(text);
    if (!words.length) return Promise.resolve({ ids: [], q: null, all: true, words: words });
    var key = words.map(function (w) { return w.w; }).join(" ") + (typing ? "…" : "");
    if (recent.has(key)) {
      var hit = recent.get(key);
      recent.delete(key);
      recent.set(key, hit);
      return Promise.resolve(hit);
    }
    return prepare(words, typing).then(function (touch) {
      if (stale && stale()) return null;
      return scoreQuery(words, touch.filter(function (k) { return loadedShards[k]; }), stale);
    }).then(function (r) {
      if (!r) return null;
      var nw = words.length, full = nw > 30 ? -1 : (1 << nw) - 1, docs = r.docs, n = 0, i;
      for (i = 0; i < docs.length; i++) if (r.mask[docs[i]] === full) n++;
      var all = n > 0, ids;
      if (all && n === docs.length) ids = new Ranked(docs, r.score);
      else if (all) ids = new Ranked(docs.filter(function (doc) { return r.mask[doc] === full; }), r.score);
      else {
        // No article has every word: those with most of them first, then by score.
        var words_ = new Int32Array(meta.n);
        for (i = 0; i < docs.length; i++) words_[docs[i]] = popcount(r.mask[docs[i]]);
        ids = Array.from(docs).sort(function (x, y) {
          return words_[y] - words_[x] || r.score[y] - r.score[x] || y - x;
        });
      }
      var res = { ids: ids, q: r.terms, all: all || !r.docs.length, words: words };
      recent.set(key, res);
      if (recent.size > RECENT) recent.delete(recent.keys().next().value);
      return res;
    });
  }

  /* Document ids by score, highest first, ties to the higher id (the newer article), ordered
   * lazily: the first page is picked in one pass (a word in 10,000 articles would cost ~10 ms to
   * sort before anything is shown); the whole order only when "More results" asks for it. Plain
   * arrays (filters without text, no-all-words lists) are already in order. */
  function Ranked(ids, score) {
    this.ids = ids;
    this.score = score;
    this.length = ids.length;
    this.order = null;
  }

  Ranked.prototype.filter = function (keep) {
    return new Ranked(Array.prototype.filter.call(this.ids, keep), this.score);
  };

  Ranked.prototype.slice = function (a, b) {
    var ids = this.ids, score = this.score, i;
    if (!this.order && b <= PAGE) {
      var top = [], k = Math.min(b, ids.length);
      for (i = 0; i < ids.length; i++) {
        var id = ids[i], sc = score[id], j = top.length;
        if (j === k) {
          var last = top[k - 1];
          if (sc < score[last] || (sc === score[last] && id < last)) continue;
          j--;
        }
        while (j > 0 && (score[top[j - 1]] < sc || (score[top[j - 1]] === sc && top[j - 1] < id))) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = id;
        if (top.length > k) top.length = k;
      }
      return top.slice(a, b);
    }
    if (!this.order) {
      this.order = Array.from(ids).sort(function (x, y) { return score[y] - score[x] || y - x; });
    }
    return this.order.slice(a, b);
  };

  // ---- filters --------------------------------------------------------------------------
  function fromDeltas(a) {
    var out = [];
    if (!a.length) return out;
    var v = a[0];
    out.push(v);
    for (var i = 1; i < a.length; i++) { v -= a[i]; out.push(v); }
    return out; // descending
  }

  function dayNumber(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s || "");
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000 : null;
  }

  /* [lo, hi] doc ids for a date range (ids are in date order; undated come first). */
  function idRange(from, to) {
    var lo = meta.n, hi = -1, f = dayNumber(from), t = dayNumber(to);
    if (f === null && t === null) return null;
    var id = meta.undated, day = meta.day0, runs = meta.days;
    for (var i = 0; i < runs.length; i += 2) {
      day += runs[i];
      var c = runs[i + 1];
      if ((f === null || day >= f) && (t === null || day <= t)) {
        if (id < lo) lo = id;
        hi = id + c - 1;
      }
      id += c;
    }
    return [lo, hi];
  }

  function filterSets(state) {
    var lists = [];
    if (state.actor) lists.push(load("a/" + state.actor).then(fromDeltas, function () { return []; }));
    if (state.outlet) lists.push(load("o/" + state.outlet).then(fromDeltas, function () { return []; }));
    return Promise.all(lists).then(function (ls) {
      var range = idRange(state.from, state.to);
      return { lists: ls, range: range, active: ls.length > 0 || range !== null };
    });
  }

  function allowed(f, id) {
    if (f.range && (id < f.range[0] || id > f.range[1])) return false;
    return f.sets.every(function (s) { return s.has(id); });
  }

  /* state -> {ids: [...], info} */
  function run(state, typing, stale) {
    return ready.then(function () {
      return Promise.all([textSearch(state.q || "", stale), filterSets(state)]);
    }).then(function (r) {
      var ts = r[0], f = r[1];
      if (!ts) return null; // superseded by a newer keystroke
      f.sets = f.lists.map(function (l) { return new Set(l); });
      if (ts.words.length) {
        var ids = ts.ids;
        if (f.active) ids = ids.filter(function (id) { return allowed(f, id); });
        return { ids: ids, q: ts.q, all: ts.all, words: ts.words, filtered: f.active };
      }
      if (!f.active) return { ids: null, q: null, words: [], all: true, filtered: false };
      var only;
      if (f.lists.length) {
        only = f.lists[0].filter(function (id) { return allowed(f, id); });
      } else {
        only = [];
        for (var id = f.range[1]; id >= f.range[0]; id--) only.push(id);
      }
      return { ids: only, q: null, all: true, words: [], filtered: true };
    });
  }

  // ---- rendering ------------------------------------------------------------------------
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];

  function humanDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return m ? (+m[3]) + " " + MONTHS[+m[2] - 1] + " " + m[1] : "Undated";
  }

  function el(tag, cls, text) {
    var e = d.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function link(href, text, cls) {
    var a = el("a", cls, text);
    a.setAttribute("href", href);
    return a;
  }

  function url(path) { return ROOT + path; }
  function articleUrl(slug) { return url("articles/" + encodeURIComponent(slug) + "/index.html"); }
  function actorUrl(slug) { return url("actors/" + encodeURIComponent(slug) + "/index.html"); }
  function outletUrl(slug) { return url("sources/" + encodeURIComponent(slug) + "/index.html"); }

  var WORD = /[^\s\-]+/g;

  /* Text as nodes with the words whose term is in `terms` wrapped in <mark>. */
  function marked(text, terms, maxWords, requireMatch) {
    var frag = d.createDocumentFragment(), toks = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) {
      var raw = m[0], lower = raw.toLowerCase(), core = trim(lower), hit = false, a = 0, b = raw.length;
      if (core && terms[stem(core)]) {
        hit = true;
        a = lower.search(/[\p{L}\p{N}_]/u); // start of the trimmed core
        if (a < 0) a = 0;
        b = a + core.length;
      }
      toks.push({ start: m.index, end: m.index + raw.length, hit: hit, a: a, b: b });
    }
    var first = -1;
    for (var i = 0; i < toks.length; i++) if (toks[i].hit) { first = i; break; }
    if (requireMatch && first < 0) return null;
    var lo = 0, hi = toks.length;
    if (maxWords && toks.length > maxWords) {
      lo = first < 0 ? 0 : Math.max(0, first - Math.floor(maxWords / 4));
      hi = Math.min(toks.length, lo + maxWords);
      lo = Math.max(0, hi - maxWords);
    }
    if (!toks.length) { frag.appendChild(d.createTextNode(text)); return frag; }
    var pos = lo > 0 ? toks[lo].start : 0;
    if (lo > 0) frag.appendChild(d.createTextNode("… "));
    for (var j = lo; j < hi; j++) {
      var t = toks[j];
      if (!t.hit) continue;
      var ms = t.start + t.a, me = t.start + t.b;
      if (ms > pos) frag.appendChild(d.createTextNode(text.slice(pos, ms)));
      frag.appendChild(el("mark", null, text.slice(ms, me)));
      pos = me;
    }
    var end = hi < toks.length ? toks[hi - 1].end : text.length;
    if (end > pos) frag.appendChild(d.createTextNode(text.slice(pos, end)));
    if (hi < toks.length) frag.appendChild(d.createTextNode(" …"));
    return frag;
  }

  function excerpt(doc, terms) {
    var paras = doc.x || [];
    for (var i = 0; i < paras.length; i++) {
      var f = marked(paras[i], terms, 36, true);
      if (f) return f;
    }
    return marked(paras[0] || "", terms, 36, false);
  }

  var els = {};
  var state = { q: "", actor: "", outlet: "", from: "", to: "" };
  var current = { ids: [], q: null, shown: 0, seq: 0 };
  var PAGE = 10;
  function loadActors() {
    if (!actorsList) actorsList = load("actors").catch(function () { return []; });
    return actorsList;
  }

  function termSet(matched) {
    var terms = Object.create(null);
    matched.forEach(function (t) { terms[t] = true; });
    return terms;
  }

  function renderHit(matched, doc, i) {
    var terms = termSet(matched);
    var li = el("li", "search-result");
    li.id = "search-result-" + i;
    var h = el("h2", "search-result-title");
    var a = link(articleUrl(doc.u), null);
    a.appendChild(marked(doc.t, terms, 0, false));
    h.appendChild(a);
    li.appendChild(h);
    var info = el("p", "search-result-meta");
    var time = el("time", null, humanDate(doc.d));
    if (doc.d) time.setAttribute("datetime", doc.d);
    info.appendChild(time);
    if (doc.o) {
      info.appendChild(d.createTextNode(" · "));
      info.appendChild(doc.o[0] ? link(outletUrl(doc.o[0]), doc.o[1]) : el("span", null, doc.o[1]));
    }
    li.appendChild(info);
    var ex = el("p", "search-result-excerpt");
    if (doc.x) ex.appendChild(excerpt(doc, terms));
    else ex.className += " search-result-pending"; // filled when the article's d/ file arrives
    li.appendChild(ex);
    if (doc.a && doc.a.length) {
      var people = el("p", "search-result-actors", "People: ");
      doc.a.forEach(function (p, j) {
        if (j) people.appendChild(d.createTextNode(", "));
        var pa = link(actorUrl(p[0]), null);
        pa.appendChild(marked(p[1], terms, 0, false));
        people.appendChild(pa);
      });
      li.appendChild(people);
    }
    return li;
  }

  function loadedDoc(id) {
    var s = slots["d/" + id];
    return s && s.ok ? s.data : null;
  }

  /* A result from its card (no excerpt yet), or null when its card is not loaded. */
  function cardDoc(id) {
    var c = cards.get(id);
    if (!c || !c[5].every(function (i) { return actorRows[i]; })) return null; // (actors.js failed)
    var o = c[4], out = typeof o === "number" ? meta.outlets[o] : o;
    return { u: c[1], t: c[2], d: c[3], o: out ? [out[0], out[1]] : null, x: null,
      a: c[5].map(function (i) { return [actorRows[i][0], actorRows[i][1]]; }) };
  }

  /* The next page of results: shown as soon as every one is known, a loaded d/ file or a card;
   * d/ files are loaded only for results without either. The excerpts of results shown from
   * cards are filled in when their d/ files arrive (data-state "done" then). */
  function showMore(seq) {
    var slice = current.ids.slice(current.shown, current.shown + PAGE), q = current.q;
    var known = slice.map(function (id) { return loadedDoc(id) || cardDoc(id); });
    return Promise.all(slice.map(function (id, j) {
      return known[j] || load("d/" + id);
    })).then(function (docs) {
      if (seq !== current.seq) return;
      var frag = d.createDocumentFragment(), pending = [];
      docs.forEach(function (doc, j) {
        var matched = q ? termsIn(q, slice[j]) : [], li = renderHit(matched, doc, current.shown + j);
        if (!doc.x) pending.push({ id: slice[j], li: li, matched: matched });
        frag.appendChild(li);
      });
      els.results.appendChild(frag);
      var first = current.shown === 0;
      current.shown += slice.length;
      els.more.hidden = current.shown >= current.ids.length;
      page.setAttribute("data-state", pending.length ? "excerpts" : "done");
      if (first) announce(current.ids.length);
      if (!pending.length) { excerptsShown(); return; }
      return Promise.all(pending.map(function (p) {
        return load("d/" + p.id, true).then(function (doc) {
          if (seq !== current.seq) return;
          var ex = p.li.querySelector(".search-result-excerpt");
          ex.textContent = "";
          ex.appendChild(excerpt(doc, termSet(p.matched)));
          ex.classList.remove("search-result-pending");
        }, function () {});
      })).then(function () {
        if (seq !== current.seq) return;
        page.setAttribute("data-state", "done");
        excerptsShown();
      });
    });
  }

  /* Lets the benchmark time "keystroke to excerpts" too (the page is then complete). */
  function excerptsShown() {
    if (!excerptsMarked && window.performance && performance.mark) performance.mark("briefing:excerpts");
    excerptsMarked = true;
    page.dispatchEvent(new CustomEvent("briefing:excerpts", { detail: { q: state.q } }));
  }
  var excerptsMarked = false;

  /* Lets the benchmark and the tests time "keystroke to results". */
  function announce(n) {
    if (!announced && window.performance && performance.mark) performance.mark("briefing:first-results");
    announced = true;
    page.dispatchEvent(new CustomEvent("briefing:results", { detail: { q: state.q, n: n } }));
  }
  var announced = false;

  function describe(res) {
    var n = res.ids.length, parts = [];
    if (state.actor) parts.push("with " + (actorName(state.actor) || state.actor));
    if (state.outlet) parts.push("from " + outletName(state.outlet));
    if (state.from || state.to) parts.push((state.from ? "from " + humanDate(state.from) : "") +
      (state.from && state.to ? " " : "") + (state.to ? "until " + humanDate(state.to) : ""));
    var what = (n === 1 ? "1 article" : n + " articles") + (state.q.trim() ? " for “" + state.q.trim() + "”" : "");
    return what + (parts.length ? " " + parts.join(", ") : "") + (res.all ? "" : " (matching some of your words)");
  }

  function outletName(slug) {
    var o = (meta.outlets || []).filter(function (r) { return r[0] === slug; })[0];
    return o ? o[1] : slug;
  }

  var actorNames = Object.create(null);
  function actorName(slug) { return actorNames[slug]; }

  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      prev = cur;
    }
    return prev[b.length];
  }

  function noResults(res, seq) {
    var box = els.empty;
    box.textContent = "";
    box.appendChild(el("p", "search-empty-title", res.words.length || state.q.trim() ?
      "No articles match “" + state.q.trim() + "”" + (res.filtered ? " with these filters." : ".") :
      "No articles match these filters."));
    var tips = el("ul", "search-tips");
    if (res.filtered) tips.appendChild(el("li", null, "Remove a filter to widen the search."));
    if (res.words.length > 1) tips.appendChild(el("li", null, "Try fewer words."));
    var li = el("li", null, "Browse the ");
    li.appendChild(link(url("index.html"), "timeline"));
    li.appendChild(d.createTextNode(" or the "));
    li.appendChild(link(url("actors/index.html"), "people index"));
    li.appendChild(d.createTextNode("."));
    tips.appendChild(li);
    box.appendChild(tips);
    box.hidden = false;
    var words = res.words.map(function (w) { return w.w; }).filter(function (w) { return w.length >= 3; });
    if (!words.length) return;
    loadActors().then(function (rows) {
      if (seq !== current.seq) return;
      var close = rows.filter(function (r) {
        var parts = r[1].toLowerCase().split(/[\s\-]+/);
        return words.some(function (w) {
          return parts.some(function (p) {
            return p.lastIndexOf(w, 0) === 0 || editDistance(w, p, 2) <= (w.length >= 6 ? 2 : 1);
          });
        });
      }).slice(0, 8);
      if (!close.length) return;
      var p = el("p", "search-suggest", "People with similar names: ");
      close.forEach(function (r, i) {
        if (i) p.appendChild(d.createTextNode(", "));
        p.appendChild(link("index.html?actor=" + encodeURIComponent(r[0]), r[1]));
        p.appendChild(d.createTextNode(" (" + r[2] + ")"));
      });
      box.appendChild(p);
    });
  }

  /* Arrow keys move real focus between the result links (and back to the box). */
  function focusResult(i) {
    var items = els.results.children;
    if (i < 0 || !items.length) { els.q.focus(); return; }
    var a = items[Math.min(i, items.length - 1)].querySelector(".search-result-title a");
    if (a) a.focus();
  }

  function update(typing) {
    var seq = ++current.seq;
    page.setAttribute("data-state", "loading");
    return run(state, typing, function () { return seq !== current.seq; }).then(function (res) {
      if (seq !== current.seq || !res) return;
      els.results.textContent = "";
      els.empty.hidden = true;
      els.more.hidden = true;
      current.ids = res.ids || [];
      current.q = res.q;
      current.shown = 0;
      els.results.setAttribute("data-n", String(current.ids.length));
      var reason = noWordsReason(state.q || "");
      if (res.ids === null) {
        els.status.textContent = reason ? reason[1] : "Type to search " + meta.n + " articles, or pick a person, an outlet or dates.";
        page.setAttribute("data-state", "idle");
        return;
      }
      els.status.textContent = describe(res) + (reason ? " (" + reason[0] + ")" : "");
      if (!res.ids.length) {
        noResults(res, seq);
        page.setAttribute("data-state", "empty");
        announce(0);
        return;
      }
      return showMore(seq);
    }).catch(function (err) {
      if (seq !== current.seq) return;
      els.status.textContent = "Search failed to load (" + err.message + "). Browse the timeline instead.";
      page.setAttribute("data-state", "error");
    });
  }

  // ---- URL <-> state --------------------------------------------------------------------
  var KEYS = ["q", "actor", "outlet", "from", "to"];

  function readUrl() {
    var p = new URLSearchParams(location.search);
    KEYS.forEach(function (k) { state[k] = p.get(k) || ""; });
  }

  function stateUrl() {
    var p = new URLSearchParams();
    KEYS.forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    var s = p.toString();
    return location.pathname + (s ? "?" + s : "") + location.hash;
  }

  function syncForm() {
    els.q.value = state.q;
    var site = d.getElementById("site-q");
    if (site) site.value = state.q;
    els.outlet.value = state.outlet;
    if (els.outlet.value !== state.outlet) {
      var o = el("option", null, outletName(state.outlet));
      o.value = state.outlet;
      els.outlet.appendChild(o);
      els.outlet.value = state.outlet;
    }
    els.from.value = state.from;
    els.to.value = state.to;
    els.actor.value = state.actor ? (actorName(state.actor) || state.actor) : "";
    if (state.actor && !actorName(state.actor)) {
      loadActors().then(function (rows) {
        fillActors(rows);
        if (actorName(state.actor) && els.actor.value === state.actor) els.actor.value = actorName(state.actor);
      });
    }
  }

  var filled = false;
  function fillActors(rows) {
    rows.forEach(function (r) { actorNames[r[0]] = r[1]; });
    if (filled) return;
    filled = true;
    var frag = d.createDocumentFragment();
    rows.forEach(function (r) {
      var o = d.createElement("option");
      o.value = r[1];
      o.textContent = r[2] + (r[2] === 1 ? " article" : " articles");
      frag.appendChild(o);
    });
    els.actorList.appendChild(frag);
  }

  function actorFromInput() {
    var v = els.actor.value.trim().toLowerCase();
    if (!v) return Promise.resolve("");
    return loadActors().then(function (rows) {
      fillActors(rows);
      var hit = rows.filter(function (r) { return r[1].toLowerCase() === v || r[0] === v; })[0];
      return hit ? hit[0] : null;
    });
  }

  function commit(push) {
    var u = stateUrl();
    if (u !== location.pathname + location.search + location.hash) {
      if (push) history.pushState(null, "", u); else history.replaceState(null, "", u);
    }
  }

  function init() {
    els.form = d.getElementById("search-form");
    els.q = d.getElementById("search-q");
    els.actor = d.getElementById("search-actor");
    els.actorList = d.getElementById("search-actor-list");
    els.outlet = d.getElementById("search-outlet");
    els.from = d.getElementById("search-from");
    els.to = d.getElementById("search-to");
    els.status = d.getElementById("search-status");
    els.results = d.getElementById("search-results");
    els.empty = d.getElementById("search-empty");
    els.more = d.getElementById("search-more");
    page.classList.add("js");
    readUrl();
    ready.then(syncForm, function () {});
    syncForm();

    var typingTimer = null;
    els.q.addEventListener("input", function () {
      var last = els.q.value.split(/[\s\-]+/).pop();
      if (last.length && last.length <= 2) prefetchLengths();
      state.q = els.q.value;
      update(true);
      clearTimeout(typingTimer);
      typingTimer = setTimeout(function () { commit(false); }, 250);
    });
    els.q.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" && els.results.children.length) { e.preventDefault(); focusResult(0); }
    });
    els.results.addEventListener("keydown", function (e) {
      if (e.key !== "ArrowDown" && e.key !== "ArrowUp" && e.key !== "Escape") return;
      var items = Array.prototype.slice.call(els.results.children);
      var i = items.indexOf(e.target.closest("li"));
      if (i < 0) return;
      e.preventDefault();
      if (e.key === "Escape") { els.q.focus(); return; }
      focusResult(e.key === "ArrowDown" ? Math.min(i + 1, items.length - 1) : i - 1);
    });
    els.form.addEventListener("submit", function (e) {
      e.preventDefault();
      state.q = els.q.value;
      commit(true);
      update(false);
    });
    els.actor.addEventListener("focus", function () { loadActors().then(fillActors); });
    els.actor.addEventListener("change", function () {
      actorFromInput().then(function (slug) {
        if (slug === null) {
          els.status.textContent = "No person called “" + els.actor.value.trim() + "” in the archive.";
          return;
        }
        state.actor = slug;
        commit(true);
        update(false);
      });
    });
    [["outlet", els.outlet], ["from", els.from], ["to", els.to]].forEach(function (pair) {
      pair[1].addEventListener("change", function () {
        state[pair[0]] = pair[1].value;
        commit(true);
        update(false);
      });
    });
    els.more.addEventListener("click", function () { showMore(current.seq); });
    window.addEventListener("popstate", function () { readUrl(); syncForm(); update(false); });
    update(false);
    if (!state.q && !state.actor && !state.outlet) els.q.focus();
  }

  // Exposed for the tests: the same query against this sharded index.
  window.BriefingSearch = {
    ready: ready,
    run: function (s, typing) { return run(s, !!typing); },
    buildQuery: buildQuery,
    /* The lunr results of the sharded index, before the all-words filter: {words, results}. */
    raw: function (text, typing) {
      return ready.then(function () {
        var words = queryWords(text);
        return prepare(words, !!typing && !/\s$/.test(text)).then(function (touch) {
          touch = touch.filter(function (k) { return loadedShards[k]; });
          var all = [];
          touch.forEach(function (k) { loadedShards[k].t.forEach(function (e) { all.push(e[0]); }); });
          return weighTerms(all).then(function () {
            var res = touch.length ? indexFor(touch).query(function (q) { buildQuery(q, words); }) : [];
            return { words: words, results: res.map(function (r) {
              return { ref: r.ref, score: r.score, terms: Object.keys(r.matchData.metadata).sort() };
            }) };
          });
        });
      });
    },
    /* The same, from the scorer the page uses (scoreQuery): must equal raw() bit for bit. */
    fast: function (text, typing) {
      return ready.then(function () {
        var words = queryWords(text);
        return prepare(words, !!typing && !/\s$/.test(text)).then(function (touch) {
          if (!words.length) return { words: words, results: [] };
          return scoreQuery(words, touch.filter(function (k) { return loadedShards[k]; })).then(function (r) {
            return { words: words, results: Array.from(r.docs).map(function (doc) {
              return { ref: String(doc), score: r.score[doc], terms: termsIn(r.terms, doc).sort() };
            }) };
          });
        });
      });
    }
  };

  init();
})();

fn log(s) { println(s); }
try { log("try"); } catch e { log("catch"); } finally { log("finally"); }
log("--");
try {
    log("try");
    throw "x";
    log("not reached");
} catch e {
    log("catch " + e);
} finally {
    log("finally");
}
log("--");
try {
    try {
        throw "inner";
    } catch e {
        log("inner catch " + e);
        throw "outer";
    } finally {
        log("inner finally");
    }
} catch e {
    log("outer catch " + e);
} finally {
    log("outer finally");
}
log("--");
let r = try {
    try { throw "up"; } finally { log("finally without catch"); }
} catch e {
    "caught " + e
};
log(r);
log("after");

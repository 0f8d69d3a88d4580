// exit: 1
// Throwing the caught value again from its catch block reports where it was first raised
// and the frames it came through, as a rethrown Error in JavaScript; each frame once.
async fn fetch(n) {
    sleep(1ms).await;
    if n > 1 { throw "fetch " + str(n) + " failed"; }
    return n;
}
async fn retrying(n) {
    try {
        return fetch(n).await;
    } catch e {
        println("retry failed:", e);
        throw e;
    }
}
async fn twice(n) {
    try {
        retrying(n).await;
    } catch e {
        try { [1][2]; } catch other { println("inner", other); }
        throw e;
    }
}
println(retrying(1).await);
let t = spawn(twice(2));
t.await;

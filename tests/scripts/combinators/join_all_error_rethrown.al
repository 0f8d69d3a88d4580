// flags: --virtual-time
// join_all: the first error is rethrown; members not yet finished are cancelled.
async fn member(i) {
    try {
        sleep(i * 100).await;
        if i == 2 { throw {failed: i}; }
        println("member", i, "ok");
        i
    } finally {
        println("member", i, "finally");
    }
}
let e = try { join_all([member(1), member(2), member(3), member(4)]).await } catch e { e };
println("caught", e, typeof(e));

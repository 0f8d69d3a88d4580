// flags: --virtual-time
// An error thrown in an awaited async fn comes out of the .await and can be caught
// by the awaiter; e is the thrown value itself.
async fn fails(kind) {
    sleep(10ms).await;
    if kind == "str" { throw "plain string"; }
    if kind == "map" { throw {code: 42, msg: "structured"}; }
    if kind == "int" { throw 7; }
    "fine"
}
async fn caller(kind) {
    try {
        fails(kind).await
    } catch e {
        "caught " + typeof(e) + ": " + str(e)
    }
}
for k in ["str", "map", "int", "none"] {
    println(caller(k).await);
}
let e2 = try { fails("map").await } catch e { e };
println(e2.code, e2.msg);

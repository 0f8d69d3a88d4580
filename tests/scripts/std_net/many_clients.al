// Two hundred clients at once, one thread: each gets back exactly what it sent.
import std.net;
let listener = net.listen("127.0.0.1", 0).await;
spawn(async {
    loop {
        let conn = listener.accept().await;
        spawn(async {
            loop {
                let chunk = conn.read().await;
                if chunk == nil { break; }
                conn.write(chunk).await;
            }
            conn.close();
        });
    }
});
async fn client(id) {
    let conn = net.connect("127.0.0.1", listener.port).await;
    let sent = "";
    for k in 0..20 { sent = sent + "client {id} message {k}\n"; }
    conn.write(sent).await;
    let got = "";
    while len(got) < len(sent) { got = got + conn.read().await; }
    conn.close();
    got == sent
}
let clients = [];
for id in 0..200 { clients.push(client(id)); }
let results = join_all(clients).await;
println(len(results), results.filter(|ok| ok).len());

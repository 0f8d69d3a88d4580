// A writer faster than its reader: write is pending while the send buffer is full and
// every byte still arrives, in order.
import std.net;
let listener = net.listen("127.0.0.1", 0).await;
let big = "0123456789";
for i in 0..17 { big = big + big; }
spawn(async {
    let conn = listener.accept().await;
    conn.write(big).await;
    conn.write("END").await;
    conn.close();
});
let conn = net.connect("127.0.0.1", listener.port).await;
let received = 0;
let last = "";
loop {
    sleep(1ms).await;
    let chunk = conn.read().await;
    if chunk == nil { break; }
    received += len(chunk);
    last = chunk;
}
println(received, last.ends_with("END"));

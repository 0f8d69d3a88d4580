// TCP echo server for the network benchmark (bench/echo/run): prints its port first,
// then echoes every byte of every connection, one task per connection.
import std.net;
let a = args();
let port = if len(a) > 0 { int(a[0]) } else { 0 };
let listener = net.listen("127.0.0.1", port).await;
println(listener.port);

async fn echo(conn) {
    loop {
        let chunk = conn.read().await;
        if chunk == nil { break; }
        conn.write(chunk).await;
    }
    conn.close();
}

loop {
    let conn = listener.accept().await;
    spawn(echo(conn));
}

let count = 0;
let log = "start";
log += ";";
let fixed = [1, 2];
fn bump() { count += 1; log += "b"; count }
async fn bump_later() { sleep(1ms).await; count += 10; }

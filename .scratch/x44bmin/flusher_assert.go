// Side finding while reducing http_x44b_status_writer.go (not a corpus program).
// Go prints:      true
// Session: CompileError in both styles: "a type assertion to http.Flusher of a
//
//	value that may hold a flushing (not a pointer), whose method set lacks the
//	pointer-receiver methods is not supported by gobackprop: assert the concrete
//	type (x.(*flushing) or x.(flushing)), or keep only pointers in the value"
//
// The usual "forward Flush to the embedded ResponseWriter" idiom is refused.
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

type flushing struct {
	http.ResponseWriter
}

func (f *flushing) Flush() { f.ResponseWriter.(http.Flusher).Flush() }

func main() {
	rec := httptest.NewRecorder()
	(&flushing{rec}).Flush()
	fmt.Println(rec.Flushed)
}

// Side finding while reducing http_x44b_status_writer.go (not a corpus program).
// Go prints:      true
// Session: CompileError in both styles: "a type assertion to interface{ Unwrap()
//
//	http.ResponseWriter } of a value that may hold a wrapper (not a pointer),
//	whose method set lacks the pointer-receiver methods is not supported by
//	gobackprop: assert the concrete type (x.(*wrapper) or x.(wrapper)), or keep
//	only pointers in the value"
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

type wrapper struct {
	http.ResponseWriter
}

func (w *wrapper) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func main() {
	var w http.ResponseWriter = &wrapper{httptest.NewRecorder()}
	_, ok := w.(interface{ Unwrap() http.ResponseWriter })
	fmt.Println(ok)
}

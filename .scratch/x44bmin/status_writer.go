// Reduction of http_x44b_status_writer.go (both styles, SILENT).
// Go prints:      <nil> true
// Session prints: feature not supported false   (no error)
// http.NewResponseController(w).Flush() follows w's Unwrap method to the
// httptest.ResponseRecorder under it; with an interpreted wrapper type the
// compiled net/http code does not find Unwrap (nor Flush), so Flush returns
// http.ErrNotSupported and the recorder is never flushed.
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
	rec := httptest.NewRecorder()
	err := http.NewResponseController(&wrapper{rec}).Flush()
	fmt.Println(err, rec.Flushed)
}

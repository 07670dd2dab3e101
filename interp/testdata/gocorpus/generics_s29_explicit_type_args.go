package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
)

// Explicit type arguments naming the caller's type parameters, with nil
// arguments, and a generic handler factory instantiated explicitly at the
// top level of main.
type Envelope[T any] struct {
	Data  *T     `json:"data,omitempty"`
	Error string `json:"error,omitempty"`
}

type Sum struct {
	Total int `json:"total"`
}

func reply[T any](w http.ResponseWriter, code int, data *T, msg string) {
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(Envelope[T]{Data: data, Error: msg})
}

func Adapt[In any, Out any](fn func(In) (Out, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var in In
		if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
			reply[Out](w, http.StatusBadRequest, nil, "bad json")
			return
		}
		out, err := fn(in)
		if err != nil {
			reply[Out](w, http.StatusUnprocessableEntity, nil, err.Error())
			return
		}
		reply(w, http.StatusOK, &out, "")
	}
}

func describe[T any](p *T) string {
	if p == nil {
		return fmt.Sprintf("no %T", *new(T))
	}
	return fmt.Sprintf("%T %v", *p, *p)
}

func both[A, B any](a A) string {
	return describe[A](nil) + " / " + describe(&a) + " / " + describe[B](nil)
}

func main() {
	add := Adapt[[]int, Sum](func(xs []int) (Sum, error) {
		if len(xs) == 0 {
			return Sum{}, fmt.Errorf("nothing to add")
		}
		t := 0
		for _, x := range xs {
			t += x
		}
		return Sum{t}, nil
	})
	for _, body := range []string{`[1,2,3]`, `[]`, `[1,`} {
		rec := httptest.NewRecorder()
		add(rec, httptest.NewRequest("POST", "/add", stringsReader(body)))
		fmt.Printf("%-8s %d %s", body, rec.Code, rec.Body.String())
	}
	fmt.Println(both[int, string](4))
	fmt.Println(both[Sum, []byte](Sum{2}))
	json.NewEncoder(os.Stdout).Encode(Envelope[Sum]{})
}

type reader struct {
	s string
	i int
}

func (r *reader) Read(p []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, eof
	}
	n := copy(p, r.s[r.i:])
	r.i += n
	return n, nil
}

var eof = fmt.Errorf("EOF")

func stringsReader(s string) *reader { return &reader{s: s} }

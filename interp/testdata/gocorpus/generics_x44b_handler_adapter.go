package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Envelope[T any] struct {
	Data  *T     `json:"data,omitempty"`
	Error string `json:"error,omitempty"`
}

type Validator interface{ Validate() error }

type StatusError struct {
	Code int
	Msg  string
}

func (e StatusError) Error() string { return e.Msg }

func JSON[In any, Out any](fn func(context.Context, In) (Out, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var in In
		if r.ContentLength != 0 {
			if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
				writeEnv[Out](w, http.StatusBadRequest, nil, "invalid json: "+err.Error())
				return
			}
		}
		if v, ok := any(&in).(Validator); ok {
			if err := v.Validate(); err != nil {
				writeEnv[Out](w, http.StatusUnprocessableEntity, nil, err.Error())
				return
			}
		}
		out, err := fn(r.Context(), in)
		if err != nil {
			code := http.StatusInternalServerError
			var se StatusError
			if errors.As(err, &se) {
				code = se.Code
			}
			writeEnv[Out](w, code, nil, err.Error())
			return
		}
		writeEnv(w, http.StatusOK, &out, "")
	}
}

func writeEnv[T any](w http.ResponseWriter, code int, data *T, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(Envelope[T]{Data: data, Error: msg})
}

type AddReq struct {
	A, B int
}

func (a *AddReq) Validate() error {
	if a.A < 0 || a.B < 0 {
		return errors.New("operands must be non-negative")
	}
	return nil
}

type AddResp struct {
	Sum int `json:"sum"`
}

type Empty struct{}

type Stats struct {
	Words  int      `json:"words"`
	Unique []string `json:"unique"`
}

func main() {
	mux := http.NewServeMux()
	mux.Handle("POST /add", JSON(func(_ context.Context, r AddReq) (AddResp, error) {
		if r.A+r.B > 100 {
			return AddResp{}, StatusError{http.StatusRequestEntityTooLarge, "sum too large"}
		}
		return AddResp{Sum: r.A + r.B}, nil
	}))
	mux.Handle("GET /ping", JSON(func(context.Context, Empty) (string, error) { return "pong", nil }))
	mux.Handle("POST /words", JSON(func(_ context.Context, text string) (Stats, error) {
		seen := map[string]bool{}
		var s Stats
		for _, w := range strings.Fields(strings.ToLower(text)) {
			s.Words++
			if !seen[w] {
				seen[w] = true
				s.Unique = append(s.Unique, w)
			}
		}
		if s.Words == 0 {
			return s, errors.New("no words")
		}
		return s, nil
	}))
	for _, c := range []struct{ method, path, body string }{
		{"POST", "/add", `{"A":2,"B":40}`},
		{"POST", "/add", `{"A":-2,"B":4}`},
		{"POST", "/add", `{"A":99,"B":4}`},
		{"POST", "/add", `{"A":`},
		{"GET", "/ping", ``},
		{"POST", "/words", `"the cat and The dog and THE bird"`},
		{"POST", "/words", `"   "`},
	} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest(c.method, c.path, strings.NewReader(c.body)))
		fmt.Printf("%s %s %s -> %d %s", c.method, c.path, c.body, rec.Code, rec.Body.String())
	}
	fmt.Printf("%T\n", Envelope[AddResp]{})
}

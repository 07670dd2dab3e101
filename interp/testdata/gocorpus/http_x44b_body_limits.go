package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

func methodOverride(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			if m := strings.ToUpper(r.Header.Get("X-HTTP-Method-Override")); m == "PUT" || m == "DELETE" || m == "PATCH" {
				r.Method = m
			}
		}
		next.ServeHTTP(w, r)
	})
}

func limitBody(n int64) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			r.Body = http.MaxBytesReader(w, r.Body, n)
			next.ServeHTTP(w, r)
		})
	}
}

type Note struct {
	Text string `json:"text"`
}

func decodeStrict(r *http.Request, v any) (int, error) {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	var mbe *http.MaxBytesError
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case err == nil:
		if dec.More() {
			return http.StatusBadRequest, errors.New("body must contain a single JSON value")
		}
		return 0, nil
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, fmt.Errorf("body larger than %d bytes", mbe.Limit)
	case errors.As(err, &syn):
		return http.StatusBadRequest, fmt.Errorf("malformed JSON at offset %d", syn.Offset)
	case errors.As(err, &typ):
		return http.StatusBadRequest, fmt.Errorf("field %q has wrong type %s", typ.Field, typ.Value)
	case errors.Is(err, io.EOF):
		return http.StatusBadRequest, errors.New("body must not be empty")
	case strings.HasPrefix(err.Error(), "json: unknown field"):
		return http.StatusBadRequest, err
	}
	return http.StatusInternalServerError, err
}

func main() {
	mux := http.NewServeMux()
	notes := map[string]Note{}
	mux.HandleFunc("PUT /notes/{id}", func(w http.ResponseWriter, r *http.Request) {
		var n Note
		if code, err := decodeStrict(r, &n); err != nil {
			http.Error(w, err.Error(), code)
			return
		}
		notes[r.PathValue("id")] = n
		fmt.Fprintf(w, "stored %s (%d chars)", r.PathValue("id"), len(n.Text))
	})
	mux.HandleFunc("DELETE /notes/{id}", func(w http.ResponseWriter, r *http.Request) {
		delete(notes, r.PathValue("id"))
		w.WriteHeader(http.StatusNoContent)
	})
	h := methodOverride(limitBody(64)(mux))

	cases := []struct{ method, override, body string }{
		{"PUT", "", `{"text":"hello"}`},
		{"POST", "put", `{"text":"via override"}`},
		{"POST", "", `{"text":"plain post"}`},
		{"PUT", "", `{"text":"` + strings.Repeat("x", 80) + `"}`},
		{"PUT", "", `{"text":"a"} {"text":"b"}`},
		{"PUT", "", `{"text": tru}`},
		{"PUT", "", `{"text": 12}`},
		{"PUT", "", ``},
		{"PUT", "", `{"txt":"typo"}`},
		{"POST", "DELETE", ``},
	}
	for i, c := range cases {
		req := httptest.NewRequest(c.method, fmt.Sprintf("/notes/n%d", i%3), strings.NewReader(c.body))
		if c.override != "" {
			req.Header.Set("X-HTTP-Method-Override", c.override)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("%d %-4s %-7s -> %d %s\n", i, c.method, c.override, rec.Code, strings.TrimSpace(rec.Body.String()))
	}
	fmt.Println(len(notes), notes)
}

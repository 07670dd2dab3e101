package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
)

type CORS struct {
	AllowedOrigins []string
	AllowedMethods []string
	AllowedHeaders []string
	MaxAge         int
	Credentials    bool
}

func (c CORS) originAllowed(o string) bool {
	for _, a := range c.AllowedOrigins {
		if a == "*" || a == o {
			return true
		}
		if suffix, ok := strings.CutPrefix(a, "*."); ok && strings.HasSuffix(o, "."+suffix) {
			return true
		}
	}
	return false
}

func (c CORS) Handler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		w.Header().Add("Vary", "Origin")
		if origin == "" || !c.originAllowed(origin) {
			if r.Method == http.MethodOptions && origin != "" {
				w.WriteHeader(http.StatusForbidden)
				return
			}
			next.ServeHTTP(w, r)
			return
		}
		h := w.Header()
		h.Set("Access-Control-Allow-Origin", origin)
		if c.Credentials {
			h.Set("Access-Control-Allow-Credentials", "true")
		}
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h.Add("Vary", "Access-Control-Request-Method")
			reqMethod := r.Header.Get("Access-Control-Request-Method")
			if !slices.Contains(c.AllowedMethods, reqMethod) {
				w.WriteHeader(http.StatusMethodNotAllowed)
				return
			}
			var bad []string
			for _, hd := range strings.Split(r.Header.Get("Access-Control-Request-Headers"), ",") {
				hd = http.CanonicalHeaderKey(strings.TrimSpace(hd))
				if hd != "" && !slices.Contains(c.AllowedHeaders, hd) {
					bad = append(bad, hd)
				}
			}
			if len(bad) > 0 {
				http.Error(w, "headers not allowed: "+strings.Join(bad, ","), http.StatusForbidden)
				return
			}
			h.Set("Access-Control-Allow-Methods", strings.Join(c.AllowedMethods, ", "))
			h.Set("Access-Control-Allow-Headers", strings.Join(c.AllowedHeaders, ", "))
			h.Set("Access-Control-Max-Age", strconv.Itoa(c.MaxAge))
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func main() {
	cors := CORS{
		AllowedOrigins: []string{"https://app.example.com", "*.trusted.dev"},
		AllowedMethods: []string{"GET", "POST", "DELETE"},
		AllowedHeaders: []string{"Content-Type", "Authorization"},
		MaxAge:         600,
		Credentials:    true,
	}
	api := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%s ok", r.Method)
	})
	h := cors.Handler(api)
	type tc struct{ method, origin, reqMethod, reqHeaders string }
	for _, c := range []tc{
		{"GET", "", "", ""},
		{"GET", "https://app.example.com", "", ""},
		{"GET", "https://evil.com", "", ""},
		{"OPTIONS", "https://a.trusted.dev", "POST", "content-type, authorization"},
		{"OPTIONS", "https://a.trusted.dev", "PUT", ""},
		{"OPTIONS", "https://app.example.com", "GET", "x-custom, content-type"},
		{"OPTIONS", "https://evil.com", "GET", ""},
		{"OPTIONS", "https://app.example.com", "", ""},
		{"POST", "https://trusted.dev", "", ""},
	} {
		req := httptest.NewRequest(c.method, "/api/items", nil)
		for k, v := range map[string]string{"Origin": c.origin, "Access-Control-Request-Method": c.reqMethod, "Access-Control-Request-Headers": c.reqHeaders} {
			if v != "" {
				req.Header.Set(k, v)
			}
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		hd := rec.Header()
		fmt.Printf("%-7s %-24s %-6s -> %d acao=%q methods=%q headers=%q vary=%v body=%q\n", c.method, c.origin, c.reqMethod, rec.Code,
			hd.Get("Access-Control-Allow-Origin"), hd.Get("Access-Control-Allow-Methods"), hd.Get("Access-Control-Allow-Headers"), hd["Vary"], strings.TrimSpace(rec.Body.String()))
	}
}

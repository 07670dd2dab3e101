package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
)

type Principal struct {
	Name  string
	Roles []string
}

func (p Principal) Has(role string) bool { return slices.Contains(p.Roles, role) }

type principalKey struct{}

func WithPrincipal(ctx context.Context, p Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

func PrincipalFrom(ctx context.Context) (Principal, bool) {
	p, ok := ctx.Value(principalKey{}).(Principal)
	return p, ok
}

var tokens = map[string]Principal{
	"tok-admin": {Name: "root", Roles: []string{"admin", "user"}},
	"tok-user":  {Name: "alice", Roles: []string{"user"}},
}

func Authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		token, ok := strings.CutPrefix(auth, "Bearer ")
		if !ok {
			http.Error(w, "missing bearer token", http.StatusUnauthorized)
			return
		}
		p, found := tokens[token]
		if !found {
			http.Error(w, "invalid token", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r.WithContext(WithPrincipal(r.Context(), p)))
	})
}

func RequireRole(role string, next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, ok := PrincipalFrom(r.Context())
		if !ok || !p.Has(role) {
			w.WriteHeader(http.StatusForbidden)
			json.NewEncoder(w).Encode(map[string]any{"error": "forbidden", "need": role})
			return
		}
		next(w, r)
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /me", func(w http.ResponseWriter, r *http.Request) {
		p, _ := PrincipalFrom(r.Context())
		json.NewEncoder(w).Encode(p)
	})
	mux.HandleFunc("DELETE /users/{name}", RequireRole("admin", func(w http.ResponseWriter, r *http.Request) {
		p, _ := PrincipalFrom(r.Context())
		fmt.Fprintf(w, "%s deleted %s\n", p.Name, r.PathValue("name"))
	}))
	h := Authenticate(mux)

	type call struct {
		method, path, token string
	}
	calls := []call{
		{"GET", "/me", ""},
		{"GET", "/me", "tok-user"},
		{"GET", "/me", "bogus"},
		{"DELETE", "/users/bob", "tok-user"},
		{"DELETE", "/users/bob", "tok-admin"},
		{"GET", "/me", "tok-admin"},
	}
	for _, c := range calls {
		req := httptest.NewRequest(c.method, c.path, nil)
		if c.token != "" {
			req.Header.Set("Authorization", "Bearer "+c.token)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		fmt.Printf("%s %s [%s] => %d %s", c.method, c.path, c.token, rec.Code, rec.Body.String())
	}

	ctx := WithPrincipal(context.Background(), Principal{Name: "x"})
	ctx = context.WithValue(ctx, "other", 1)
	p, ok := PrincipalFrom(ctx)
	fmt.Printf("%+v %v\n", p, ok)
	_, ok = PrincipalFrom(context.Background())
	fmt.Println(ok)
}

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Session struct {
	User  string
	Cart  []string
	Flash string
}

type SessionStore struct {
	mu       sync.RWMutex
	sessions map[string]*Session
	counter  int
}

func (s *SessionStore) newID() string {
	s.counter++
	sum := sha256.Sum256([]byte(fmt.Sprintf("session-%d", s.counter)))
	return hex.EncodeToString(sum[:8])
}

func (s *SessionStore) Load(r *http.Request) (string, *Session) {
	c, err := r.Cookie("sid")
	if err != nil {
		return "", nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	return c.Value, s.sessions[c.Value]
}

func (s *SessionStore) login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	s.mu.Lock()
	id := s.newID()
	s.sessions[id] = &Session{User: user, Flash: "welcome back, " + user}
	s.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: id, Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: 3600})
	http.Redirect(w, r, "/cart", http.StatusSeeOther)
}

func (s *SessionStore) cart(w http.ResponseWriter, r *http.Request) {
	_, sess := s.Load(r)
	if sess == nil {
		http.Error(w, "please log in", http.StatusUnauthorized)
		return
	}
	if item := r.URL.Query().Get("add"); item != "" {
		s.mu.Lock()
		sess.Cart = append(sess.Cart, item)
		s.mu.Unlock()
	}
	if sess.Flash != "" {
		fmt.Fprintf(w, "[%s] ", sess.Flash)
		sess.Flash = ""
	}
	fmt.Fprintf(w, "%s has %d items: %s", sess.User, len(sess.Cart), strings.Join(sess.Cart, ", "))
}

func (s *SessionStore) logout(w http.ResponseWriter, r *http.Request) {
	if id, _ := s.Load(r); id != "" {
		s.mu.Lock()
		delete(s.sessions, id)
		s.mu.Unlock()
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: "", Path: "/", MaxAge: -1})
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	store := &SessionStore{sessions: map[string]*Session{}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /login", store.login)
	mux.HandleFunc("GET /cart", store.cart)
	mux.HandleFunc("POST /logout", store.logout)

	var jar []*http.Cookie
	do := func(method, target string) {
		req := httptest.NewRequest(method, target, nil)
		for _, c := range jar {
			req.AddCookie(c)
		}
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		res := rec.Result()
		for _, c := range res.Cookies() {
			fmt.Printf("  set-cookie: %s\n", c.String())
			if c.MaxAge < 0 {
				jar = nil
			} else {
				jar = []*http.Cookie{{Name: c.Name, Value: c.Value}}
			}
		}
		fmt.Printf("%s %s -> %d loc=%q body=%q\n", method, target, res.StatusCode, res.Header.Get("Location"), strings.TrimSpace(rec.Body.String()))
	}
	do("GET", "/cart")
	do("POST", "/login?user=maria")
	do("GET", "/cart")
	do("GET", "/cart?add=apples")
	do("GET", "/cart?add=pears")
	do("POST", "/logout")
	do("GET", "/cart")
	do("POST", "/login?user=joe")
	do("GET", "/cart?add=tea")
	fmt.Println("live sessions:", len(store.sessions))
}

package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Notifier interface {
	Notify(ctx context.Context, to, msg string) error
}

type UserRepo interface {
	EmailFor(ctx context.Context, id string) (string, error)
}

type Service struct {
	Users    UserRepo
	Notifier Notifier
}

func (s *Service) Remind(ctx context.Context, id string) error {
	email, err := s.Users.EmailFor(ctx, id)
	if err != nil {
		return fmt.Errorf("remind %s: %w", id, err)
	}
	return s.Notifier.Notify(ctx, email, "don't forget!")
}

type mapUsers map[string]string

func (m mapUsers) EmailFor(_ context.Context, id string) (string, error) {
	if e, ok := m[id]; ok {
		return e, nil
	}
	return "", errors.New("no such user")
}

type recordingNotifier struct {
	mu   sync.Mutex
	sent []string
}

func (r *recordingNotifier) Notify(_ context.Context, to, msg string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sent = append(r.sent, to+": "+msg)
	return nil
}

// flakyNotifier embeds a working notifier and overrides Notify to fail for some domains.
type flakyNotifier struct {
	*recordingNotifier
	failDomain string
}

func (f flakyNotifier) Notify(ctx context.Context, to, msg string) error {
	if strings.HasSuffix(to, "@"+f.failDomain) {
		return fmt.Errorf("smtp: domain %s rejected", f.failDomain)
	}
	return f.recordingNotifier.Notify(ctx, to, msg)
}

type NotifierFunc func(ctx context.Context, to, msg string) error

func (f NotifierFunc) Notify(ctx context.Context, to, msg string) error { return f(ctx, to, msg) }

func (s *Service) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := s.Remind(r.Context(), r.URL.Query().Get("user")); err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	})
}

func main() {
	users := mapUsers{"u1": "ann@example.com", "u2": "bob@blocked.org", "u3": "cy@example.com"}
	rec := &recordingNotifier{}
	services := []struct {
		name string
		svc  *Service
	}{
		{"recording", &Service{Users: users, Notifier: rec}},
		{"flaky", &Service{Users: users, Notifier: flakyNotifier{rec, "blocked.org"}}},
		{"func", &Service{Users: users, Notifier: NotifierFunc(func(_ context.Context, to, _ string) error {
			fmt.Println("  (func notifier called for", to+")")
			return nil
		})}},
	}
	for _, s := range services {
		fmt.Println("==", s.name, fmt.Sprintf("%T", s.svc.Notifier))
		h := s.svc.Handler()
		for _, u := range []string{"u1", "u2", "u9"} {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, httptest.NewRequest("POST", "/remind?user="+u, nil))
			fmt.Printf("  %s -> %d %s\n", u, w.Code, strings.TrimSpace(w.Body.String()))
		}
	}
	fmt.Println("sent:")
	for i, m := range rec.sent {
		fmt.Printf("  %d. %s\n", i+1, m)
	}
	var n Notifier = flakyNotifier{rec, "x"}
	_, isRec := n.(*recordingNotifier)
	fn, isFlaky := n.(flakyNotifier)
	fmt.Println(isRec, isFlaky, fn.failDomain, len(fn.sent))
}

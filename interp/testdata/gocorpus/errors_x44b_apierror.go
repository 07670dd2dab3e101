package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"strconv"
)

var (
	ErrNotFound     = errors.New("not found")
	ErrConflict     = errors.New("conflict")
	ErrUnauthorized = errors.New("unauthorized")
)

type HTTPError struct {
	Code int
	Err  error
	Hint string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("%d: %v", e.Code, e.Err) }
func (e *HTTPError) Unwrap() error { return e.Err }

type Temporary interface{ Temporary() bool }

type dbTimeout struct{ op string }

func (e dbTimeout) Error() string   { return "db timeout during " + e.op }
func (e dbTimeout) Temporary() bool { return true }

func statusFor(err error) (int, string) {
	var he *HTTPError
	var tmp Temporary
	switch {
	case errors.As(err, &he):
		return he.Code, he.Hint
	case errors.Is(err, ErrNotFound), errors.Is(err, fs.ErrNotExist):
		return http.StatusNotFound, ""
	case errors.Is(err, ErrConflict):
		return http.StatusConflict, ""
	case errors.Is(err, ErrUnauthorized):
		return http.StatusUnauthorized, "log in"
	case errors.As(err, &tmp) && tmp.Temporary():
		return http.StatusServiceUnavailable, "retry later"
	}
	return http.StatusInternalServerError, ""
}

type appHandler func(http.ResponseWriter, *http.Request) error

func (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := fn(w, r); err != nil {
		code, hint := statusFor(err)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		body := map[string]any{"error": err.Error(), "code": code}
		if hint != "" {
			body["hint"] = hint
		}
		json.NewEncoder(w).Encode(body)
	}
}

func loadUser(id int) error {
	switch id {
	case 1:
		return nil
	case 2:
		return fmt.Errorf("load user %d: %w", id, ErrNotFound)
	case 3:
		return fmt.Errorf("service: %w", fmt.Errorf("repo: %w", dbTimeout{"select"}))
	case 4:
		return errors.Join(ErrConflict, errors.New("email taken"))
	case 5:
		return &HTTPError{Code: http.StatusPaymentRequired, Err: ErrUnauthorized, Hint: "upgrade plan"}
	case 6:
		return fmt.Errorf("open avatar: %w", fs.ErrNotExist)
	case 7:
		return ErrUnauthorized
	}
	return errors.New("boom")
}

func main() {
	h := appHandler(func(w http.ResponseWriter, r *http.Request) error {
		id, err := strconv.Atoi(r.URL.Query().Get("id"))
		if err != nil {
			return &HTTPError{Code: http.StatusBadRequest, Err: err, Hint: "id must be numeric"}
		}
		if err := loadUser(id); err != nil {
			return err
		}
		fmt.Fprintln(w, "user", id, "ok")
		return nil
	})
	for _, q := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "x"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/user?id="+q, nil))
		fmt.Printf("id=%s %d %s", q, rec.Code, rec.Body)
	}
	err := loadUser(5)
	fmt.Printf("%v | %T | unauthorized=%v\n", err, errors.Unwrap(err), errors.Is(err, ErrUnauthorized))
}

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/mail"
	"strings"
)

type FieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

func (e FieldError) Error() string { return e.Field + ": " + e.Message }

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	parts := make([]string, len(v))
	for i, e := range v {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

type SignupRequest struct {
	Email    string   `json:"email"`
	Password string   `json:"password"`
	Age      int      `json:"age"`
	Tags     []string `json:"tags,omitempty"`
}

func (s SignupRequest) Validate() error {
	var errs ValidationErrors
	if _, err := mail.ParseAddress(s.Email); err != nil {
		errs = append(errs, FieldError{"email", "must be a valid address"})
	}
	if len(s.Password) < 8 {
		errs = append(errs, FieldError{"password", fmt.Sprintf("must be at least 8 characters, got %d", len(s.Password))})
	}
	if s.Age < 13 || s.Age > 130 {
		errs = append(errs, FieldError{"age", "must be between 13 and 130"})
	}
	for i, t := range s.Tags {
		if strings.TrimSpace(t) == "" {
			errs = append(errs, FieldError{fmt.Sprintf("tags[%d]", i), "must not be blank"})
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func signup(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	var req SignupRequest
	if err := dec.Decode(&req); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
	if err := req.Validate(); err != nil {
		var ve ValidationErrors
		if errors.As(err, &ve) {
			w.WriteHeader(http.StatusUnprocessableEntity)
			json.NewEncoder(w).Encode(map[string]any{"error": "validation failed", "fields": ve})
			return
		}
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "email": req.Email})
}

func main() {
	bodies := []string{
		`{"email":"ann@example.com","password":"hunter2hunter2","age":30}`,
		`{"email":"nope","password":"short","age":7,"tags":["go"," "]}`,
		`{"email":"bob@example.com","password":"longenough","age":40,"admin":true}`,
		`{"email":`,
		`{"email":"c@d.io","password":"12345678","age":"old"}`,
	}
	for i, b := range bodies {
		rec := httptest.NewRecorder()
		signup(rec, httptest.NewRequest("POST", "/signup", strings.NewReader(b)))
		fmt.Printf("case %d: %d %s", i, rec.Code, rec.Body)
	}
	err := SignupRequest{Email: "x"}.Validate()
	fmt.Printf("%T\n%v\n", err, err)
	var fe FieldError
	fmt.Println(errors.As(err, &fe))
}

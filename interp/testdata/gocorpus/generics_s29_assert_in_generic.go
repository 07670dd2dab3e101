package main

import (
	"errors"
	"fmt"
	"strings"
)

// Generic functions asserting on values of their type parameters, and on
// pointers to them, converted to interfaces.
type Validator interface{ Validate() error }

type Signup struct {
	Email string
	Age   int
}

func (s *Signup) Validate() error {
	var errs []error
	if !strings.Contains(s.Email, "@") {
		errs = append(errs, fmt.Errorf("email %q: missing @", s.Email))
	}
	if s.Age < 13 {
		errs = append(errs, errors.New("age: too young"))
	}
	return errors.Join(errs...)
}

type Slug string

func (s Slug) Validate() error {
	if strings.ContainsAny(string(s), " /") {
		return fmt.Errorf("slug %q has spaces or slashes", string(s))
	}
	return nil
}

type Normalizer interface{ Normalize() }

func (s *Signup) Normalize() { s.Email = strings.ToLower(s.Email) }

func Decode[In any](in In) (In, error) {
	if n, ok := any(&in).(Normalizer); ok {
		n.Normalize()
	}
	if v, ok := any(&in).(Validator); ok {
		if err := v.Validate(); err != nil {
			return in, fmt.Errorf("invalid %T: %w", in, err)
		}
	}
	if v, ok := any(in).(Validator); ok {
		if err := v.Validate(); err != nil {
			return in, fmt.Errorf("invalid %T: %w", in, err)
		}
	}
	return in, nil
}

func Handler[In any, Out any](fn func(In) (Out, error)) func(In) string {
	return func(in In) string {
		in, err := Decode(in)
		if err != nil {
			return "400 " + err.Error()
		}
		out, err := fn(in)
		if err != nil {
			return "500 " + err.Error()
		}
		switch v := any(out).(type) {
		case fmt.Stringer:
			return "200 " + v.String()
		case error:
			return "200 error " + v.Error()
		default:
			return fmt.Sprintf("200 %v", v)
		}
	}
}

type Welcome struct{ Name string }

func (w Welcome) String() string { return "welcome, " + w.Name }

func main() {
	signup := Handler(func(s Signup) (Welcome, error) {
		return Welcome{strings.Split(s.Email, "@")[0]}, nil
	})
	fmt.Println(signup(Signup{"Ann@Example.com", 30}))
	fmt.Println(signup(Signup{"bob", 9}))
	page := Handler(func(s Slug) (int, error) { return len(s), nil })
	fmt.Println(page("hello-world"))
	fmt.Println(page("hello world"))
	plain := Handler(func(n int) (string, error) { return strings.Repeat("*", n), nil })
	fmt.Println(plain(3))
}

package main

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

type Validator interface {
	~string
	Validate() error
}

type Email string

var emailRE = regexp.MustCompile(`^[a-z0-9._]+@[a-z0-9-]+\.[a-z]{2,}$`)

func (e Email) Validate() error {
	if !emailRE.MatchString(string(e)) {
		return fmt.Errorf("invalid email %q", string(e))
	}
	return nil
}

type Username string

func (u Username) Validate() error {
	switch {
	case len(u) < 3:
		return errors.New("username too short")
	case strings.ContainsAny(string(u), " !@#"):
		return fmt.Errorf("username %q has forbidden characters", string(u))
	}
	return nil
}

// Parse normalises and validates a raw string into a validated type.
func Parse[V Validator](raw string) (V, error) {
	v := V(strings.ToLower(strings.TrimSpace(raw)))
	if err := v.Validate(); err != nil {
		var zero V
		return zero, err
	}
	return v, nil
}

func ParseAll[V Validator](raws ...string) ([]V, error) {
	var out []V
	var errs []error
	for _, r := range raws {
		v, err := Parse[V](r)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, v)
	}
	return out, errors.Join(errs...)
}

type Stringish interface{ ~string }

func Join[S Stringish](xs []S, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = string(x)
	}
	return strings.Join(parts, sep)
}

type Keyed[K comparable] interface {
	Key() K
}

type Product struct {
	SKU  string
	Name string
}

func (p Product) Key() string { return p.SKU }

func Index[K comparable, T Keyed[K]](items []T) map[K]T {
	m := make(map[K]T, len(items))
	for _, it := range items {
		m[it.Key()] = it
	}
	return m
}

func main() {
	e, err := Parse[Email]("  Ann.Lee@Example.COM ")
	fmt.Printf("%q %v %T\n", e, err, e)
	_, err = Parse[Email]("not-an-email")
	fmt.Println(err)

	users, err := ParseAll[Username]("gopher", "x", "bad name", "Rob_Pike")
	fmt.Println(Join(users, ","), len(users))
	fmt.Println(err)

	emails, err := ParseAll[Email]("a@b.io", "c@d.org")
	fmt.Println(Join(emails, " | "), err == nil)

	idx := Index([]Product{{"A1", "anvil"}, {"B2", "bucket"}, {"A1", "axe"}})
	fmt.Println(len(idx), idx["A1"].Name, idx["B2"])
	fmt.Printf("%v\n", idx)
}

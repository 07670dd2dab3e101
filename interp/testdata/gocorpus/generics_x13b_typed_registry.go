package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Validator interface {
	Validate() error
}

type Entity interface {
	comparable
	Validator
	Key() string
}

type Repo[E Entity] struct {
	items map[string]E
	hooks []func(op string, e E)
}

func NewRepo[E Entity]() *Repo[E] { return &Repo[E]{items: map[string]E{}} }

var ErrExists = errors.New("already exists")

func (r *Repo[E]) OnChange(h func(op string, e E)) { r.hooks = append(r.hooks, h) }

func (r *Repo[E]) Insert(e E) error {
	if err := e.Validate(); err != nil {
		var zero E
		return fmt.Errorf("insert %s: %w", reflect.TypeOf(zero).Name(), err)
	}
	if old, ok := r.items[e.Key()]; ok {
		if old == e {
			return nil
		}
		return fmt.Errorf("insert %q: %w", e.Key(), ErrExists)
	}
	r.items[e.Key()] = e
	for _, h := range r.hooks {
		h("insert", e)
	}
	return nil
}

func (r *Repo[E]) Find(pred func(E) bool) []E {
	var out []E
	for _, e := range r.items {
		if pred(e) {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key() < out[j].Key() })
	return out
}

type User struct {
	Email string
	Age   int
}

func (u User) Key() string { return strings.ToLower(u.Email) }
func (u User) Validate() error {
	if !strings.Contains(u.Email, "@") {
		return fmt.Errorf("bad email %q", u.Email)
	}
	return nil
}

type SKU struct {
	Code  string
	Price int
}

func (s SKU) Key() string { return s.Code }
func (s SKU) Validate() error {
	if s.Price <= 0 {
		return errors.New("price must be positive")
	}
	return nil
}

func main() {
	users := NewRepo[User]()
	var log []string
	users.OnChange(func(op string, u User) { log = append(log, op+":"+u.Email) })
	for _, u := range []User{{"ann@x.io", 31}, {"bob@x.io", 17}, {"ANN@x.io", 40}, {"nope", 1}, {"bob@x.io", 17}, {"cy@x.io", 55}} {
		if err := users.Insert(u); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrExists))
		}
	}
	adults := users.Find(func(u User) bool { return u.Age >= 18 })
	fmt.Println(adults, log)
	skus := NewRepo[SKU]()
	fmt.Println(skus.Insert(SKU{"A1", 100}), skus.Insert(SKU{"B2", 0}))
	fmt.Println(skus.Find(func(SKU) bool { return true }), len(skus.items))
}

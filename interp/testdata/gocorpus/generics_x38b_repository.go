package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

type Entity interface {
	comparable
	Key() string
}

type Repo[T Entity] struct {
	data  map[string]T
	order []string
}

var ErrNotFound = errors.New("not found")
var ErrDuplicate = errors.New("duplicate key")

func NewRepo[T Entity]() *Repo[T] {
	return &Repo[T]{data: make(map[string]T)}
}

func (r *Repo[T]) Save(v T) error {
	if _, ok := r.data[v.Key()]; ok {
		return fmt.Errorf("save %s: %w", v.Key(), ErrDuplicate)
	}
	r.data[v.Key()] = v
	r.order = append(r.order, v.Key())
	return nil
}

func (r *Repo[T]) Find(key string) (T, error) {
	v, ok := r.data[key]
	if !ok {
		var zero T
		return zero, fmt.Errorf("find %s: %w", key, ErrNotFound)
	}
	return v, nil
}

func (r *Repo[T]) All() []T {
	out := make([]T, 0, len(r.order))
	for _, k := range r.order {
		out = append(out, r.data[k])
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func SumBy[T any, N int | float64](xs []T, f func(T) N) N {
	var s N
	for _, x := range xs {
		s += f(x)
	}
	return s
}

type Customer struct {
	Email string
	Name  string
	Tier  int
}

func (c Customer) Key() string { return c.Email }

type Product struct {
	Code  string
	Price float64
}

func (p Product) Key() string { return p.Code }

func main() {
	customers := NewRepo[Customer]()
	for _, c := range []Customer{
		{"zoe@x.io", "Zoe", 2}, {"amy@x.io", "Amy", 1}, {"max@x.io", "Max", 3}, {"amy@x.io", "Amy B", 1},
	} {
		if err := customers.Save(c); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrDuplicate))
		}
	}
	products := NewRepo[Product]()
	products.Save(Product{"P1", 9.99})
	products.Save(Product{"P2", 24.5})
	products.Save(Product{"P3", 3.75})

	if _, err := customers.Find("bob@x.io"); err != nil {
		fmt.Println(err)
	}
	c, _ := customers.Find("max@x.io")
	fmt.Printf("%+v\n", c)

	vip := Filter(customers.All(), func(c Customer) bool { return c.Tier >= 2 })
	names := Map(vip, func(c Customer) string { return c.Name })
	slices.Sort(names)
	fmt.Println("vip:", names)
	fmt.Printf("catalog value: %.2f\n", SumBy(products.All(), func(p Product) float64 { return p.Price }))
	fmt.Println("tiers:", SumBy(customers.All(), func(c Customer) int { return c.Tier }))
	all := products.All()
	slices.SortFunc(all, func(a, b Product) int { return cmp.Compare(a.Price, b.Price) })
	fmt.Printf("%v\n", all)
	fmt.Printf("%T %T\n", customers, all)
}

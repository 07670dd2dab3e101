package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Keyed[K comparable] interface {
	Key() K
}

type Repo[K cmp.Ordered, T Keyed[K]] struct {
	items map[K]T
	hooks []func(op string, t T)
}

func NewRepo[K cmp.Ordered, T Keyed[K]]() *Repo[K, T] {
	return &Repo[K, T]{items: make(map[K]T)}
}

func (r *Repo[K, T]) OnChange(f func(string, T)) { r.hooks = append(r.hooks, f) }

func (r *Repo[K, T]) Save(ts ...T) {
	for _, t := range ts {
		op := "insert"
		if _, ok := r.items[t.Key()]; ok {
			op = "update"
		}
		r.items[t.Key()] = t
		for _, h := range r.hooks {
			h(op, t)
		}
	}
}

func (r *Repo[K, T]) Find(pred func(T) bool) []T {
	var out []T
	for _, t := range r.items {
		if pred(t) {
			out = append(out, t)
		}
	}
	slices.SortFunc(out, func(a, b T) int { return cmp.Compare(a.Key(), b.Key()) })
	return out
}

type User struct {
	ID    int
	Name  string
	Admin bool
}

func (u User) Key() int { return u.ID }

type Product struct {
	Code  string
	Price int
}

func (p *Product) Key() string    { return p.Code }
func (p *Product) String() string { return fmt.Sprintf("%s@%d", p.Code, p.Price) }

func main() {
	users := NewRepo[int, User]()
	var audit []string
	users.OnChange(func(op string, u User) { audit = append(audit, op+":"+u.Name) })
	users.Save(User{3, "cy", false}, User{1, "ann", true}, User{2, "bo", false}, User{3, "cyrus", true})
	fmt.Println(users.Find(func(u User) bool { return u.Admin }))
	fmt.Println(strings.Join(audit, " "))

	prods := NewRepo[string, *Product]()
	count := map[string]int{}
	prods.OnChange(func(op string, _ *Product) { count[op]++ })
	p := &Product{"b", 5}
	prods.Save(&Product{"a", 10}, p, &Product{"c", 1})
	p.Price = 7
	prods.Save(p)
	cheap := prods.Find(func(p *Product) bool { return p.Price < 9 })
	fmt.Println(cheap, count)
	fmt.Printf("%v %d\n", prods.items["b"], len(prods.items))
}

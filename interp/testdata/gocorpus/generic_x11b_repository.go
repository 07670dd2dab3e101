// Exercises: generic repository Repository[T any, K comparable] with an interface constraint on T having ID() K, methods on generic receivers
package main

import (
	"fmt"
	"sort"
)

type Entity[K comparable] interface {
	ID() K
}

type User struct {
	Name string
	Age  int
}

func (u User) ID() string { return u.Name }

type Order struct {
	No    int
	Total float64
}

func (o Order) ID() int { return o.No }

type Repository[T Entity[K], K comparable] struct {
	items map[K]T
	order []K
}

func NewRepository[T Entity[K], K comparable]() *Repository[T, K] {
	return &Repository[T, K]{items: map[K]T{}}
}

func (r *Repository[T, K]) Save(x T) {
	if _, ok := r.items[x.ID()]; !ok {
		r.order = append(r.order, x.ID())
	}
	r.items[x.ID()] = x
}

func (r *Repository[T, K]) Find(id K) (T, bool) {
	x, ok := r.items[id]
	return x, ok
}

func (r *Repository[T, K]) All() []T {
	out := make([]T, 0, len(r.order))
	for _, k := range r.order {
		out = append(out, r.items[k])
	}
	return out
}

func main() {
	users := NewRepository[User, string]()
	users.Save(User{"bob", 30})
	users.Save(User{"amy", 25})
	users.Save(User{"bob", 31})
	u, ok := users.Find("bob")
	fmt.Println(u, ok, users.All())
	orders := NewRepository[Order]()
	orders.Save(Order{2, 9.5})
	orders.Save(Order{1, 3.25})
	all := orders.All()
	sort.Slice(all, func(i, j int) bool { return all[i].No < all[j].No })
	_, ok = orders.Find(7)
	fmt.Printf("%v %v %+v\n", all, ok, all[0])
}

package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
)

type Entity[K cmp.Ordered] interface {
	Key() K
}

var (
	ErrExists  = errors.New("already exists")
	ErrMissing = errors.New("not found")
)

type Repository[K cmp.Ordered, T Entity[K]] interface {
	Insert(T) error
	Find(K) (T, error)
	All() []T
	Where(func(T) bool) []T
}

type MemRepo[K cmp.Ordered, T Entity[K]] struct {
	mu   sync.RWMutex
	data map[K]T
}

func NewMemRepo[K cmp.Ordered, T Entity[K]]() *MemRepo[K, T] {
	return &MemRepo[K, T]{data: map[K]T{}}
}

func (r *MemRepo[K, T]) Insert(v T) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.data[v.Key()]; ok {
		return fmt.Errorf("insert %v: %w", v.Key(), ErrExists)
	}
	r.data[v.Key()] = v
	return nil
}

func (r *MemRepo[K, T]) Find(k K) (T, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	v, ok := r.data[k]
	if !ok {
		var zero T
		return zero, fmt.Errorf("find %v: %w", k, ErrMissing)
	}
	return v, nil
}

func (r *MemRepo[K, T]) All() []T {
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := make([]T, 0, len(r.data))
	for _, k := range slices.Sorted(maps.Keys(r.data)) {
		out = append(out, r.data[k])
	}
	return out
}

func (r *MemRepo[K, T]) Where(pred func(T) bool) []T {
	var out []T
	for _, v := range r.All() {
		if pred(v) {
			out = append(out, v)
		}
	}
	return out
}

type Product struct {
	SKU   string
	Name  string
	Price int
}

func (p Product) Key() string { return p.SKU }

type Order struct {
	ID    int
	Items []string
}

func (o *Order) Key() int { return o.ID }

func main() {
	var products Repository[string, Product] = NewMemRepo[string, Product]()
	for _, p := range []Product{{"B-2", "bolt", 15}, {"A-1", "anvil", 9900}, {"C-3", "cog", 250}, {"A-1", "dup", 1}} {
		if err := products.Insert(p); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrExists))
		}
	}
	fmt.Printf("%+v\n", products.All())
	cheap := products.Where(func(p Product) bool { return p.Price < 1000 })
	fmt.Printf("%v\n", cheap)
	if _, err := products.Find("Z-9"); errors.Is(err, ErrMissing) {
		fmt.Println("missing:", err)
	}

	orders := NewMemRepo[int, *Order]()
	orders.Insert(&Order{ID: 3, Items: []string{"A-1"}})
	orders.Insert(&Order{ID: 1, Items: []string{"B-2", "C-3"}})
	o, _ := orders.Find(1)
	o.Items = append(o.Items, "A-1")
	again, _ := orders.Find(1)
	fmt.Println(again.Items, len(orders.All()))
	missing, err := orders.Find(2)
	fmt.Println(missing == nil, err)
	fmt.Printf("%T\n", orders)
}

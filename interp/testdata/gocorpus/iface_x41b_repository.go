package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Entity interface {
	GetID() int
	SetID(id int)
}

type BaseEntity struct {
	ID int
}

func (b *BaseEntity) GetID() int   { return b.ID }
func (b *BaseEntity) SetID(id int) { b.ID = id }

type User struct {
	BaseEntity
	Username string
	Email    string
}

type Product struct {
	BaseEntity
	Title string
	Price float64
}

var ErrNotFound = errors.New("entity not found")

type Repository[T Entity] interface {
	Save(e T) T
	FindByID(id int) (T, error)
	FindAll() []T
	Delete(id int) error
	Count() int
}

type InMemoryRepository[T Entity] struct {
	store  map[int]T
	nextID int
}

func NewInMemoryRepository[T Entity]() *InMemoryRepository[T] {
	return &InMemoryRepository[T]{store: make(map[int]T), nextID: 1}
}

func (r *InMemoryRepository[T]) Save(e T) T {
	if e.GetID() == 0 {
		e.SetID(r.nextID)
		r.nextID++
	}
	r.store[e.GetID()] = e
	return e
}

func (r *InMemoryRepository[T]) FindByID(id int) (T, error) {
	if e, ok := r.store[id]; ok {
		return e, nil
	}
	var zero T
	return zero, fmt.Errorf("find %d: %w", id, ErrNotFound)
}

func (r *InMemoryRepository[T]) FindAll() []T {
	ids := make([]int, 0, len(r.store))
	for id := range r.store {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	out := make([]T, len(ids))
	for i, id := range ids {
		out[i] = r.store[id]
	}
	return out
}

func (r *InMemoryRepository[T]) Delete(id int) error {
	if _, ok := r.store[id]; !ok {
		return fmt.Errorf("delete %d: %w", id, ErrNotFound)
	}
	delete(r.store, id)
	return nil
}

func (r *InMemoryRepository[T]) Count() int { return len(r.store) }

type UserService struct {
	repo Repository[*User]
}

func (s *UserService) Register(name, email string) (*User, error) {
	if !strings.Contains(email, "@") {
		return nil, fmt.Errorf("invalid email %q", email)
	}
	for _, u := range s.repo.FindAll() {
		if strings.EqualFold(u.Username, name) {
			return nil, fmt.Errorf("username %q taken", name)
		}
	}
	return s.repo.Save(&User{Username: name, Email: email}), nil
}

func main() {
	users := NewInMemoryRepository[*User]()
	svc := &UserService{repo: users}
	for _, in := range [][2]string{{"alice", "a@x.io"}, {"bob", "bob-at-x"}, {"Alice", "a2@x.io"}, {"carol", "c@x.io"}} {
		u, err := svc.Register(in[0], in[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("registered %+v\n", *u)
	}
	products := NewInMemoryRepository[*Product]()
	products.Save(&Product{Title: "Pen", Price: 1.5})
	p := products.Save(&Product{Title: "Desk", Price: 120})
	p.Price = 99.99
	products.Save(p)
	products.Save(&Product{BaseEntity: BaseEntity{ID: 10}, Title: "Lamp", Price: 30})
	for _, pr := range products.FindAll() {
		fmt.Printf("%d %s %.2f\n", pr.ID, pr.Title, pr.Price)
	}
	fmt.Println(products.Delete(1), products.Count())
	err := products.Delete(1)
	fmt.Println(err, errors.Is(err, ErrNotFound))
	u, err := users.FindByID(2)
	fmt.Println(u.Username, err)
	u, err = users.FindByID(5)
	fmt.Println(u == nil, err)
	var repo Repository[*Product] = products
	fmt.Printf("%T %d\n", repo, repo.Count())
}

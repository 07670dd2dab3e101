package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sync"
)

type Entity[ID comparable] interface {
	GetID() ID
}

var (
	ErrNotFound = errors.New("not found")
	ErrExists   = errors.New("already exists")
)

type Repository[ID cmp.Ordered, T Entity[ID]] interface {
	Create(T) error
	Get(ID) (T, error)
	Update(T) error
	Delete(ID) error
	List(filter func(T) bool) []T
}

type MemRepo[ID cmp.Ordered, T Entity[ID]] struct {
	mu    sync.RWMutex
	items map[ID]T
}

func NewMemRepo[ID cmp.Ordered, T Entity[ID]]() *MemRepo[ID, T] {
	return &MemRepo[ID, T]{items: make(map[ID]T)}
}

func (r *MemRepo[ID, T]) Create(v T) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.items[v.GetID()]; ok {
		return fmt.Errorf("create %v: %w", v.GetID(), ErrExists)
	}
	r.items[v.GetID()] = v
	return nil
}

func (r *MemRepo[ID, T]) Get(id ID) (T, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	v, ok := r.items[id]
	if !ok {
		var zero T
		return zero, fmt.Errorf("get %v: %w", id, ErrNotFound)
	}
	return v, nil
}

func (r *MemRepo[ID, T]) Update(v T) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.items[v.GetID()]; !ok {
		return fmt.Errorf("update %v: %w", v.GetID(), ErrNotFound)
	}
	r.items[v.GetID()] = v
	return nil
}

func (r *MemRepo[ID, T]) Delete(id ID) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.items[id]; !ok {
		return fmt.Errorf("delete %v: %w", id, ErrNotFound)
	}
	delete(r.items, id)
	return nil
}

func (r *MemRepo[ID, T]) List(filter func(T) bool) []T {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var out []T
	for _, v := range r.items {
		if filter == nil || filter(v) {
			out = append(out, v)
		}
	}
	slices.SortFunc(out, func(a, b T) int { return cmp.Compare(a.GetID(), b.GetID()) })
	return out
}

type Book struct {
	ISBN   string
	Title  string
	Year   int
	OnLoan bool
}

func (b Book) GetID() string { return b.ISBN }

type BookService struct {
	repo Repository[string, Book]
}

func (s BookService) Lend(isbn string) error {
	b, err := s.repo.Get(isbn)
	if err != nil {
		return err
	}
	if b.OnLoan {
		return fmt.Errorf("%q is already on loan", b.Title)
	}
	b.OnLoan = true
	return s.repo.Update(b)
}

func main() {
	repo := NewMemRepo[string, Book]()
	svc := BookService{repo: repo}
	books := []Book{
		{"978-0134190440", "The Go Programming Language", 2015, false},
		{"978-0201633610", "Design Patterns", 1994, false},
		{"978-0132350884", "Clean Code", 2008, false},
		{"978-0201633610", "Design Patterns (dup)", 1995, false},
	}
	var wg sync.WaitGroup
	errs := make([]error, len(books))
	for i, b := range books {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i == 3 {
				return
			}
			errs[i] = repo.Create(b)
		}()
	}
	wg.Wait()
	errs[3] = repo.Create(books[3])
	fmt.Println(errs)
	fmt.Println(svc.Lend("978-0201633610"))
	fmt.Println(svc.Lend("978-0201633610"))
	fmt.Println(svc.Lend("000"), errors.Is(svc.Lend("000"), ErrNotFound))
	fmt.Println(repo.Delete("978-0132350884"), repo.Delete("978-0132350884"))
	for _, b := range repo.List(nil) {
		fmt.Printf("%+v\n", b)
	}
	old := repo.List(func(b Book) bool { return b.Year < 2000 })
	fmt.Printf("%d %q %v\n", len(old), old[0].Title, old[0].OnLoan)
}

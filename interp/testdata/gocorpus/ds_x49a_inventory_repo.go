package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sync"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

type Repository interface {
	Save(Item) error
	Find(sku string) (Item, error)
	All() []Item
}

var (
	ErrDuplicate = errors.New("duplicate sku")
	ErrNotFound  = errors.New("sku not found")
)

type memRepo struct {
	mu    sync.RWMutex
	items map[string]Item
}

func NewMemRepo() *memRepo { return &memRepo{items: map[string]Item{}} }

func (m *memRepo) Save(it Item) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.items[it.SKU]; ok {
		return fmt.Errorf("save %s: %w", it.SKU, ErrDuplicate)
	}
	m.items[it.SKU] = it
	return nil
}

func (m *memRepo) Find(sku string) (Item, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	it, ok := m.items[sku]
	if !ok {
		return Item{}, fmt.Errorf("find %s: %w", sku, ErrNotFound)
	}
	return it, nil
}

func (m *memRepo) All() []Item {
	m.mu.RLock()
	defer m.mu.RUnlock()
	out := make([]Item, 0, len(m.items))
	for _, it := range m.items {
		out = append(out, it)
	}
	slices.SortFunc(out, func(a, b Item) int { return cmp.Compare(a.SKU, b.SKU) })
	return out
}

type Inventory struct{ repo Repository }

func (inv Inventory) Value() float64 {
	total := 0.0
	for _, it := range inv.repo.All() {
		total += float64(it.Qty) * it.Price
	}
	return total
}

func (inv Inventory) LowStock(threshold int) []string {
	var out []string
	for _, it := range inv.repo.All() {
		if it.Qty < threshold {
			out = append(out, it.SKU)
		}
	}
	return out
}

func main() {
	repo := NewMemRepo()
	inv := Inventory{repo: repo}
	seed := []Item{
		{"B-2", "bolt", 120, 0.05},
		{"N-1", "nut", 4, 0.03},
		{"W-9", "washer", 2, 0.01},
		{"B-2", "bolt again", 1, 1},
	}
	for _, it := range seed {
		if err := repo.Save(it); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrDuplicate))
		}
	}
	fmt.Printf("value: %.2f\n", inv.Value())
	fmt.Println("low:", inv.LowStock(5))
	for _, sku := range []string{"N-1", "X-0"} {
		it, err := repo.Find(sku)
		fmt.Printf("%+v %v\n", it, err)
	}
	byQty := repo.All()
	slices.SortStableFunc(byQty, func(a, b Item) int { return cmp.Compare(b.Qty, a.Qty) })
	for _, it := range byQty {
		fmt.Printf("%-4s %-8s %4d %6.2f\n", it.SKU, it.Name, it.Qty, it.Price)
	}
	idx, found := slices.BinarySearchFunc(repo.All(), "N-1", func(it Item, s string) int { return cmp.Compare(it.SKU, s) })
	fmt.Println(idx, found)
	var _ Repository = (*memRepo)(nil)
}

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Len() int { return len(s.items) }

type Inventory[K comparable, V any] struct {
	slots map[K]V
	cap   int
}

func NewInventory[K comparable, V any](n int) *Inventory[K, V] {
	return &Inventory[K, V]{slots: make(map[K]V), cap: n}
}

func (inv *Inventory[K, V]) Put(k K, v V) error {
	if _, ok := inv.slots[k]; !ok && len(inv.slots) >= inv.cap {
		return fmt.Errorf("inventory full (%d), cannot add %v", inv.cap, k)
	}
	inv.slots[k] = v
	return nil
}

func SortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	return slices.Sorted(maps.Keys(m))
}

func MaxBy[T any, N cmp.Ordered](xs []T, key func(T) N) (best T) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best = x
		}
	}
	return
}

type Weapon struct {
	Name   string
	Damage int
}

func main() {
	inv := NewInventory[string, Weapon](3)
	for _, w := range []Weapon{{"sword", 7}, {"dagger", 3}, {"bow", 5}, {"axe", 9}, {"sword", 8}} {
		if err := inv.Put(w.Name, w); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("added %+v\n", w)
	}
	for _, k := range SortedKeys(inv.slots) {
		fmt.Printf("%-6s %d\n", k, inv.slots[k].Damage)
	}
	ws := slices.Collect(maps.Values(inv.slots))
	fmt.Printf("best: %#v\n", MaxBy(ws, func(w Weapon) int { return w.Damage }))

	var undo Stack[string]
	for _, a := range []string{"north", "take", "east"} {
		undo.Push(a)
	}
	for undo.Len() > 0 {
		a, _ := undo.Pop()
		fmt.Print("undo ", a, "; ")
	}
	_, ok := undo.Pop()
	fmt.Println("empty pop ok =", ok)
	fmt.Printf("%T %T\n", inv, undo)
}

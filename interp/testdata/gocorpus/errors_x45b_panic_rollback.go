package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Store struct {
	balances map[string]int64
}

type Tx struct {
	store   *Store
	pending map[string]int64
	done    bool
}

func (s *Store) Begin() *Tx { return &Tx{store: s, pending: map[string]int64{}} }

func (t *Tx) Move(from, to string, amt int64) {
	if amt <= 0 {
		panic(fmt.Sprintf("invalid amount %d", amt))
	}
	if _, ok := t.store.balances[to]; !ok {
		panic(fmt.Errorf("unknown account %q", to))
	}
	avail := t.store.balances[from] + t.pending[from]
	if avail < amt {
		panic(errors.New("insufficient funds in " + from))
	}
	t.pending[from] -= amt
	t.pending[to] += amt
}

func (t *Tx) Commit() {
	for k, v := range t.pending {
		t.store.balances[k] += v
	}
	t.done = true
}

func (t *Tx) Rollback() {
	if !t.done {
		clear(t.pending)
	}
}

func (s *Store) Do(name string, f func(*Tx)) (err error) {
	tx := s.Begin()
	defer func() {
		if r := recover(); r != nil {
			tx.Rollback()
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("%s rolled back: %w", name, v)
			default:
				err = fmt.Errorf("%s rolled back: %v", name, v)
			}
		}
	}()
	defer fmt.Println("  end", name)
	f(tx)
	tx.Commit()
	return nil
}

func (s *Store) Print() {
	for _, k := range slices.Sorted(maps.Keys(s.balances)) {
		fmt.Printf("  %-8s %8d\n", k, s.balances[k])
	}
}

func main() {
	s := &Store{balances: map[string]int64{"cash": 100000, "bank": 500000, "vendor": 0}}
	steps := []struct {
		name string
		f    func(*Tx)
	}{
		{"pay vendor", func(t *Tx) { t.Move("bank", "vendor", 120000); t.Move("cash", "vendor", 5000) }},
		{"overdraw", func(t *Tx) { t.Move("cash", "bank", 90000); t.Move("cash", "vendor", 10000) }},
		{"typo", func(t *Tx) { t.Move("bank", "vendr", 1) }},
		{"negative", func(t *Tx) { t.Move("bank", "cash", -5) }},
		{"deposit", func(t *Tx) { t.Move("cash", "bank", 95000) }},
	}
	for _, st := range steps {
		if err := s.Do(st.name, st.f); err != nil {
			fmt.Println("error:", err)
		}
	}
	s.Print()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		var arr []int64
		_ = arr[3]
	}()
	err := s.Do("div", func(t *Tx) {
		z := 0
		fmt.Println(10 / z)
	})
	var re interface{ RuntimeError() }
	fmt.Println(err, errors.As(err, &re))
}

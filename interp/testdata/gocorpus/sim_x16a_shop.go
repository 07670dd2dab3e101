package main

import (
	"errors"
	"fmt"
	"sort"
)

type Product struct {
	Name  string
	Price int
	Stock int
}

type CartLine struct {
	P   *Product
	Qty int
}

type Discount interface {
	Apply(total int) int
	Name() string
}

type Percent struct{ Pct int }
type Flat struct{ Off int }

func (p Percent) Apply(t int) int { return t - t*p.Pct/100 }
func (p Percent) Name() string    { return fmt.Sprintf("%d%% off", p.Pct) }
func (f Flat) Apply(t int) int {
	if t < f.Off {
		return 0
	}
	return t - f.Off
}
func (f Flat) Name() string { return fmt.Sprintf("$%d off", f.Off) }

var ErrStock = errors.New("out of stock")

type Shop struct {
	inventory map[string]*Product
	cart      []CartLine
}

func NewShop(ps ...Product) *Shop {
	s := &Shop{inventory: make(map[string]*Product)}
	for i := range ps {
		s.inventory[ps[i].Name] = &ps[i]
	}
	return s
}

func (s *Shop) Add(name string, qty int) error {
	p, ok := s.inventory[name]
	if !ok {
		return fmt.Errorf("unknown product %s", name)
	}
	if p.Stock < qty {
		return fmt.Errorf("%s (want %d, have %d): %w", name, qty, p.Stock, ErrStock)
	}
	p.Stock -= qty
	s.cart = append(s.cart, CartLine{p, qty})
	return nil
}

func (s *Shop) Checkout(ds ...Discount) int {
	total := 0
	for _, l := range s.cart {
		total += l.P.Price * l.Qty
	}
	fmt.Println("subtotal", total)
	for _, d := range ds {
		total = d.Apply(total)
		fmt.Printf("after %s: %d\n", d.Name(), total)
	}
	s.cart = nil
	return total
}

func main() {
	shop := NewShop(Product{"pen", 150, 10}, Product{"book", 1200, 2}, Product{"bag", 3000, 1})
	orders := []struct {
		n string
		q int
	}{{"pen", 3}, {"book", 3}, {"book", 2}, {"lamp", 1}, {"bag", 1}}
	for _, o := range orders {
		if err := shop.Add(o.n, o.q); err != nil {
			fmt.Println("error:", err, "| stock issue:", errors.Is(err, ErrStock))
		}
	}
	fmt.Println("final", shop.Checkout(Percent{10}, Flat{500}))
	names := []string{}
	for n := range shop.inventory {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%+v\n", *shop.inventory[n])
	}
	fmt.Println(shop.Checkout(), len(shop.cart))
}

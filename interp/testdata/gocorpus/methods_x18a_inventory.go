package main

import (
	"fmt"
	"sort"
	"strings"
)

type Product struct {
	Name  string
	Price float64
	Stock int
}

type Store struct {
	name     string
	products map[string]*Product
	sales    []Sale
}

type Sale struct {
	Product string
	Qty     int
	Total   float64
}

type StockError struct {
	Product   string
	Requested int
	Available int
}

func (e StockError) Error() string {
	return fmt.Sprintf("only %d of %s available, requested %d", e.Available, e.Product, e.Requested)
}

func NewStore(name string) *Store {
	return &Store{name: name, products: make(map[string]*Product)}
}

func (s *Store) Add(name string, price float64, stock int) *Store {
	if p, ok := s.products[name]; ok {
		p.Stock += stock
		p.Price = price
		return s
	}
	s.products[name] = &Product{name, price, stock}
	return s
}

func (s *Store) Sell(name string, qty int) error {
	p, ok := s.products[name]
	if !ok {
		return fmt.Errorf("no product %q", name)
	}
	if p.Stock < qty {
		return StockError{name, qty, p.Stock}
	}
	p.Stock -= qty
	s.sales = append(s.sales, Sale{name, qty, float64(qty) * p.Price})
	return nil
}

func (s *Store) Revenue() (total float64) {
	for _, sale := range s.sales {
		total += sale.Total
	}
	return
}

func (s *Store) Report() string {
	names := make([]string, 0, len(s.products))
	for n := range s.products {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	fmt.Fprintf(&b, "== %s ==\n", s.name)
	for _, n := range names {
		p := s.products[n]
		flag := ""
		if p.Stock == 0 {
			flag = " SOLD OUT"
		}
		fmt.Fprintf(&b, "%-8s $%6.2f x%3d%s\n", p.Name, p.Price, p.Stock, flag)
	}
	return b.String()
}

func main() {
	s := NewStore("Gadgets").Add("mouse", 19.99, 10).Add("keyboard", 49.5, 3).Add("cable", 4.25, 40)
	s.Add("mouse", 17.99, 5)
	orders := []struct {
		name string
		qty  int
	}{{"mouse", 4}, {"keyboard", 3}, {"keyboard", 1}, {"monitor", 1}, {"cable", 12}}
	for _, o := range orders {
		if err := s.Sell(o.name, o.qty); err != nil {
			if se, ok := err.(StockError); ok {
				fmt.Println("stock problem:", se, "short by", se.Requested-se.Available)
			} else {
				fmt.Println("error:", err)
			}
		}
	}
	fmt.Print(s.Report())
	fmt.Printf("revenue: %.2f over %d sales\n", s.Revenue(), len(s.sales))
	fmt.Println(s.sales[0], *s.products["cable"])
}

package main

import "fmt"

type Matrix [2][2]int

func (m Matrix) Transposed() Matrix {
	m[0][1], m[1][0] = m[1][0], m[0][1]
	return m
}

func (m *Matrix) Scale(k int) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= k
		}
	}
}

type Inventory struct {
	Items map[string]int
	Order []string
}

func (inv Inventory) AddValue(name string, n int) {
	inv.Items[name] += n
	inv.Order = append(inv.Order, name)
}

func (inv *Inventory) AddPtr(name string, n int) {
	inv.Items[name] += n
	inv.Order = append(inv.Order, name)
}

type Temp struct{ c float64 }

func (t Temp) F() float64 { return t.c*9/5 + 32 }

type Room struct {
	Name string
	Temp
	Hist []Temp
}

func main() {
	m := Matrix{{1, 2}, {3, 4}}
	t := m.Transposed()
	fmt.Println(m, t)
	m.Scale(10)
	fmt.Println(m, t)
	pm := &m
	fmt.Println(pm.Transposed())
	inv := Inventory{Items: map[string]int{}}
	inv.AddValue("apple", 3)
	inv.AddPtr("pear", 2)
	inv.AddValue("pear", 1)
	fmt.Println(inv.Items, inv.Order)
	rooms := []Room{{"a", Temp{20}, nil}, {"b", Temp{25}, nil}}
	for _, r := range rooms {
		r.c += 100
		r.Hist = append(r.Hist, r.Temp)
	}
	fmt.Println(rooms)
	for i := range rooms {
		r := &rooms[i]
		r.Hist = append(r.Hist, r.Temp)
		r.c++
	}
	fmt.Printf("%+v\n", rooms)
	fmt.Printf("%.1f %.1f\n", rooms[0].F(), rooms[1].Temp.F())
	type pair struct{ a, b *int }
	x, y := 1, 2
	p1 := pair{&x, &y}
	p2 := p1
	*p2.a = 10
	fmt.Println(x, *p1.a, p1 == p2)
	arrOfStructs := [2]Temp{{1}, {2}}
	cp := arrOfStructs
	cp[0].c = 99
	fmt.Println(arrOfStructs, cp)
	mp := map[string]Temp{"k": {5}}
	tmp := mp["k"]
	tmp.c = 6
	fmt.Println(mp, tmp)
	mp["k"] = tmp
	fmt.Println(mp["k"].F())
}

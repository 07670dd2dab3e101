package main

import (
	"fmt"
	"strings"
)

type Particle struct {
	X, Y   float64
	VX, VY float64
	Life   int
	next   int32
}

type Pool struct {
	items []Particle
	free  int32
	alive int
}

func NewPool(n int) *Pool {
	p := &Pool{items: make([]Particle, n)}
	for i := range p.items {
		p.items[i].next = int32(i + 1)
	}
	p.items[n-1].next = -1
	return p
}

func (p *Pool) Spawn(x, y, vx, vy float64, life int) (int32, bool) {
	if p.free < 0 {
		return -1, false
	}
	id := p.free
	it := &p.items[id]
	p.free = it.next
	*it = Particle{X: x, Y: y, VX: vx, VY: vy, Life: life, next: -2}
	p.alive++
	return id, true
}

func (p *Pool) kill(id int32) {
	p.items[id].next = p.free
	p.items[id].Life = 0
	p.free = id
	p.alive--
}

func (p *Pool) Update() {
	for i := range p.items {
		it := &p.items[i]
		if it.next != -2 {
			continue
		}
		it.X += it.VX
		it.Y += it.VY
		it.VY -= 0.5
		it.Life--
		if it.Life <= 0 {
			p.kill(int32(i))
		}
	}
}

func (p *Pool) Render(w, h int) string {
	grid := make([][]byte, h)
	for i := range grid {
		grid[i] = []byte(strings.Repeat(".", w))
	}
	for _, it := range p.items {
		if it.next != -2 {
			continue
		}
		x, y := int(it.X), h-1-int(it.Y)
		if x >= 0 && x < w && y >= 0 && y < h {
			grid[y][x] = '*'
		}
	}
	var sb strings.Builder
	for _, row := range grid {
		sb.Write(row)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	p := NewPool(6)
	for i := 0; i < 8; i++ {
		id, ok := p.Spawn(float64(i), 0, 0.5, 3-float64(i%3), 3+i%4)
		fmt.Print(id, ok, " ")
	}
	fmt.Println("alive", p.alive, "free", p.free)
	for step := 1; step <= 4; step++ {
		p.Update()
		fmt.Printf("step %d alive=%d free=%d\n", step, p.alive, p.free)
		fmt.Print(p.Render(12, 6))
	}
	id, ok := p.Spawn(1, 1, 0, 0, 1)
	fmt.Println("respawn", id, ok, p.items[id].Life)
}

package main

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
)

type Shape interface {
	Dims() (int, int)
}

type Square struct {
	N    int
	Data [][]float64

	once    sync.Once
	detVal  float64
	factors atomic.Int32
}

type Diagonal []float64
type Identity int

func (s *Square) Dims() (int, int)  { return s.N, s.N }
func (d Diagonal) Dims() (int, int) { return len(d), len(d) }
func (i Identity) Dims() (int, int) { return int(i), int(i) }

func (s *Square) Det() float64 {
	s.once.Do(func() {
		s.factors.Add(1)
		a := make([][]float64, s.N)
		for i := range s.Data {
			a[i] = append([]float64(nil), s.Data[i]...)
		}
		d := 1.0
		for k := 0; k < s.N; k++ {
			p := k
			for i := k + 1; i < s.N; i++ {
				if math.Abs(a[i][k]) > math.Abs(a[p][k]) {
					p = i
				}
			}
			if p != k {
				a[k], a[p] = a[p], a[k]
				d = -d
			}
			if a[k][k] == 0 {
				d = 0
				break
			}
			d *= a[k][k]
			for i := k + 1; i < s.N; i++ {
				f := a[i][k] / a[k][k]
				for j := k; j < s.N; j++ {
					a[i][j] -= f * a[k][j]
				}
			}
		}
		s.detVal = d
	})
	return s.detVal
}

var initOrder []string

var defaultShapes = buildShapes()

func buildShapes() []Shape {
	initOrder = append(initOrder, "buildShapes")
	return []Shape{
		&Square{N: 3, Data: [][]float64{{0, 2, 1}, {1, 1, 1}, {2, 0, 3}}},
		Diagonal{2, 3, 0.5},
		Identity(4),
	}
}

func init() { initOrder = append(initOrder, "init") }

func describe(s Shape) string {
	r, c := s.Dims()
	switch v := s.(type) {
	case *Square:
		return fmt.Sprintf("square %dx%d det=%.2f", r, c, v.Det())
	case Diagonal:
		p := 1.0
		for _, x := range v {
			p *= x
		}
		return fmt.Sprintf("diagonal %v det=%g", []float64(v), p)
	case Identity:
		return fmt.Sprintf("identity(%d) det=1", int(v))
	default:
		return "unknown"
	}
}

func main() {
	fmt.Println(initOrder)
	for _, s := range defaultShapes {
		fmt.Println(describe(s))
	}
	sq := defaultShapes[0].(*Square)
	var wg sync.WaitGroup
	results := make([]float64, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = sq.Det()
		}()
	}
	wg.Wait()
	fmt.Println(results, "factorizations:", sq.factors.Load())
	dims := defaultShapes[1].Dims
	r, _ := dims()
	fmt.Printf("%d %T %v\n", r, defaultShapes[2], defaultShapes[2])
}

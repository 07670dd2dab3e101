package main

import "fmt"

type Meters struct{ V float64 }
type Feet struct{ V float64 }

func (m Meters) String() string { return fmt.Sprintf("%.1fm", m.V) }
func (f Feet) String() string   { return fmt.Sprintf("%.1fft", f.V) }

func toMeters(x any) float64 {
	switch v := x.(type) {
	case Meters:
		return v.V
	case Feet:
		return v.V * 0.3048
	}
	return -1
}

func main() {
	xs := []any{Meters{2}, Feet{10}, 3}
	for _, x := range xs {
		fmt.Printf("%.3f %T\n", toMeters(x), x)
	}
	fmt.Println(any(Meters{1}) == any(Feet{1}), xs[0], xs[1])
	_, isFeet := xs[0].(Feet)
	fmt.Println(isFeet)
}

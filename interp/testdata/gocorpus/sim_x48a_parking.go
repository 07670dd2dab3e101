package main

import (
	"fmt"
	"sort"
)

type Vehicle interface {
	Plate() string
	Fee(hours int) float64
}

type Car struct{ plate string }
type Motorbike struct{ plate string }
type Truck struct {
	plate string
	axles int
}

func (c Car) Plate() string       { return c.plate }
func (m Motorbike) Plate() string { return m.plate }
func (t Truck) Plate() string     { return t.plate }

func (Car) Fee(h int) float64       { return 2.5 * float64(h) }
func (Motorbike) Fee(h int) float64 { return 1.0 * float64(h) }
func (t Truck) Fee(h int) float64 {
	return float64(t.axles) * 2 * float64(h)
}

type Lot struct {
	capacity int
	parked   map[string]Vehicle
	earnings float64
}

func (l *Lot) Enter(v Vehicle) error {
	if len(l.parked) >= l.capacity {
		return fmt.Errorf("lot full, %s turned away", v.Plate())
	}
	l.parked[v.Plate()] = v
	return nil
}

func (l *Lot) Leave(plate string, hours int) (float64, error) {
	v, ok := l.parked[plate]
	if !ok {
		return 0, fmt.Errorf("%s is not parked here", plate)
	}
	delete(l.parked, plate)
	fee := v.Fee(hours)
	l.earnings += fee
	return fee, nil
}

func main() {
	lot := &Lot{capacity: 3, parked: map[string]Vehicle{}}
	arrivals := []Vehicle{Car{"ABC-123"}, Motorbike{"MOTO-7"}, Truck{"BIG-1", 3}, Car{"XYZ-999"}}
	for _, v := range arrivals {
		if err := lot.Enter(v); err != nil {
			fmt.Println(err)
		}
	}
	var plates []string
	for p := range lot.parked {
		plates = append(plates, p)
	}
	sort.Strings(plates)
	fmt.Println("parked:", plates)
	for _, d := range []struct {
		plate string
		hours int
	}{{"BIG-1", 4}, {"MOTO-7", 2}, {"NOPE", 1}, {"ABC-123", 3}} {
		fee, err := lot.Leave(d.plate, d.hours)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-8s paid $%6.2f\n", d.plate, fee)
	}
	fmt.Printf("earnings: $%.2f, still parked: %d\n", lot.earnings, len(lot.parked))
	fmt.Printf("%v %+v\n", arrivals[2], arrivals[0])
}

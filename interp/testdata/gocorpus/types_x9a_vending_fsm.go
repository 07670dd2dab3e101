// Exercises: a vending machine state machine with a State interface, type switch on events, map of transitions
package main

import "fmt"

type Event interface{ isEvent() }
type Coin struct{ Cents int }
type Select struct{ Item string }
type Refund struct{}

func (Coin) isEvent()   {}
func (Select) isEvent() {}
func (Refund) isEvent() {}

type Machine struct {
	credit int
	stock  map[string]int
	prices map[string]int
	state  string
}

func (m *Machine) Handle(e Event) string {
	switch ev := e.(type) {
	case Coin:
		m.credit += ev.Cents
		m.state = "paying"
		return fmt.Sprintf("credit %d", m.credit)
	case Select:
		price, ok := m.prices[ev.Item]
		switch {
		case !ok:
			return "unknown item " + ev.Item
		case m.stock[ev.Item] == 0:
			return ev.Item + " sold out"
		case m.credit < price:
			return fmt.Sprintf("need %d more", price-m.credit)
		}
		m.stock[ev.Item]--
		change := m.credit - price
		m.credit, m.state = 0, "idle"
		return fmt.Sprintf("vend %s, change %d", ev.Item, change)
	case Refund:
		c := m.credit
		m.credit, m.state = 0, "idle"
		return fmt.Sprintf("refund %d", c)
	}
	return "?"
}

func main() {
	m := &Machine{stock: map[string]int{"cola": 1, "chips": 5}, prices: map[string]int{"cola": 150, "chips": 100}, state: "idle"}
	events := []Event{Coin{100}, Select{"cola"}, Coin{25}, Coin{50}, Select{"cola"}, Coin{200}, Select{"cola"}, Select{"gum"}, Refund{}, Coin{100}, Select{"chips"}}
	for i, e := range events {
		fmt.Printf("%2d %-22T %-18v -> %s [%s]\n", i, e, e, m.Handle(e), m.state)
	}
	fmt.Println(m.stock)
}

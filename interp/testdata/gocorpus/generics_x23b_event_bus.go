package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Bus struct {
	subs map[reflect.Type][]func(any)
	log  []string
}

func Subscribe[E any](b *Bus, h func(E)) {
	if b.subs == nil {
		b.subs = map[reflect.Type][]func(any){}
	}
	t := reflect.TypeFor[E]()
	b.subs[t] = append(b.subs[t], func(e any) { h(e.(E)) })
}

func Publish[E any](b *Bus, e E) int {
	hs := b.subs[reflect.TypeFor[E]()]
	b.log = append(b.log, fmt.Sprintf("%T", e))
	for _, h := range hs {
		h(e)
	}
	return len(hs)
}

type OrderPlaced struct {
	ID    string
	Cents int64
}

type OrderShipped struct {
	ID      string
	Carrier string
}

type Stats struct {
	revenue int64
	shipped map[string][]string
}

func main() {
	var b Bus
	st := Stats{shipped: map[string][]string{}}
	Subscribe(&b, func(e OrderPlaced) { st.revenue += e.Cents })
	Subscribe(&b, func(e OrderPlaced) {
		if e.Cents > 10000 {
			fmt.Println("big order", e.ID)
		}
	})
	Subscribe(&b, func(e OrderShipped) { st.shipped[e.Carrier] = append(st.shipped[e.Carrier], e.ID) })
	Subscribe(&b, func(e *OrderShipped) { e.Carrier = "changed" })
	n := 0
	n += Publish(&b, OrderPlaced{"o1", 2500})
	n += Publish(&b, OrderPlaced{"o2", 25000})
	n += Publish(&b, OrderShipped{"o1", "ups"})
	n += Publish(&b, OrderShipped{"o2", "dhl"})
	n += Publish(&b, OrderShipped{"o3", "ups"})
	ps := &OrderShipped{"o4", "fedex"}
	n += Publish(&b, ps)
	n += Publish(&b, "unhandled")
	fmt.Println("handlers run:", n, "revenue:", st.revenue, ps.Carrier)
	carriers := make([]string, 0)
	for c := range st.shipped {
		carriers = append(carriers, c)
	}
	sort.Strings(carriers)
	for _, c := range carriers {
		fmt.Println(c, st.shipped[c])
	}
	fmt.Println(strings.Join(b.log, ","))
	fmt.Println(len(b.subs))
}

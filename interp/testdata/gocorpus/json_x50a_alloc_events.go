package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
)

type Event interface{ Kind() string }

type Base struct {
	T    int    `json:"t"`
	Type string `json:"type"`
}

type AllocEvent struct {
	Base
	Addr uint64 `json:"addr"`
	Size int    `json:"size"`
	Site string `json:"site,omitempty"`
}

type FreeEvent struct {
	Base
	Addr uint64 `json:"addr"`
}

type GCEvent struct {
	Base
	Freed int `json:"freed"`
}

func (AllocEvent) Kind() string { return "alloc" }
func (FreeEvent) Kind() string  { return "free" }
func (GCEvent) Kind() string    { return "gc" }

func decode(raw json.RawMessage) (Event, error) {
	var b Base
	if err := json.Unmarshal(raw, &b); err != nil {
		return nil, err
	}
	var e Event
	switch b.Type {
	case "alloc":
		var a AllocEvent
		err := json.Unmarshal(raw, &a)
		e = a
		if err != nil {
			return nil, err
		}
	case "free":
		var f FreeEvent
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, err
		}
		e = f
	case "gc":
		var g GCEvent
		if err := json.Unmarshal(raw, &g); err != nil {
			return nil, err
		}
		e = g
	default:
		return nil, fmt.Errorf("unknown event type %q", b.Type)
	}
	return e, nil
}

const trace = `[
 {"t":1,"type":"alloc","addr":4096,"size":64,"site":"main.newNode"},
 {"t":2,"type":"alloc","addr":4160,"size":128},
 {"t":3,"type":"free","addr":4096},
 {"t":4,"type":"alloc","addr":8192,"size":4000,"site":"bufio.NewReader"},
 {"t":5,"type":"gc","freed":2},
 {"t":6,"type":"mmap","addr":0},
 {"t":7,"type":"free","addr":12345},
 {"t":8,"type":"alloc","addr":"oops","size":1}
]`

func main() {
	var raws []json.RawMessage
	if err := json.Unmarshal([]byte(trace), &raws); err != nil {
		panic(err)
	}
	live := map[uint64]AllocEvent{}
	var errs []error
	for _, r := range raws {
		ev, err := decode(r)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		switch e := ev.(type) {
		case AllocEvent:
			live[e.Addr] = e
		case FreeEvent:
			if _, ok := live[e.Addr]; !ok {
				errs = append(errs, fmt.Errorf("t=%d: free of unknown address %#x", e.T, e.Addr))
			}
			delete(live, e.Addr)
		case GCEvent:
			fmt.Printf("gc at t=%d freed %d\n", e.T, e.Freed)
		}
		fmt.Printf("%-5s %+v\n", ev.Kind(), ev)
	}
	addrs := make([]uint64, 0, len(live))
	for a := range live {
		addrs = append(addrs, a)
	}
	sort.Slice(addrs, func(i, j int) bool { return addrs[i] < addrs[j] })
	for _, a := range addrs {
		out, _ := json.Marshal(live[a])
		fmt.Println("live:", string(out))
	}
	fmt.Println(errors.Join(errs...))
	var ute *json.UnmarshalTypeError
	fmt.Println(errors.As(errors.Join(errs...), &ute), ute.Field, ute.Value)
}

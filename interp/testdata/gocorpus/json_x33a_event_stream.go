package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
)

type Event struct {
	Seq     int               `json:"seq"`
	Kind    string            `json:"kind"`
	Payload json.RawMessage   `json:"payload"`
	Meta    map[string]string `json:"meta,omitempty"`
}

type Click struct {
	X, Y int
}

type Purchase struct {
	Item  string  `json:"item"`
	Price float64 `json:"price,string"`
}

func decodePayload(e Event) (any, error) {
	switch e.Kind {
	case "click":
		var c Click
		err := json.Unmarshal(e.Payload, &c)
		return c, err
	case "purchase":
		var p Purchase
		err := json.Unmarshal(e.Payload, &p)
		return p, err
	}
	return nil, fmt.Errorf("unknown kind %q", e.Kind)
}

func main() {
	stream := `{"seq":1,"kind":"click","payload":{"X":10,"Y":20}}
{"seq":2,"kind":"purchase","payload":{"item":"book","price":"12.50"},"meta":{"src":"web","ab":"b"}}
{"seq":3,"kind":"scroll","payload":{}}
{"seq":4,"kind":"purchase","payload":{"item":"pen","price":3}}`

	dec := json.NewDecoder(strings.NewReader(stream))
	var events []Event
	for dec.More() {
		var e Event
		if err := dec.Decode(&e); err != nil {
			fmt.Println("decode:", err)
			break
		}
		events = append(events, e)
	}

	type out struct {
		val any
		err error
	}
	decoded := make([]out, len(events))
	var wg sync.WaitGroup
	for i, e := range events {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := decodePayload(e)
			decoded[i] = out{v, err}
		}()
	}
	wg.Wait()

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	for i, d := range decoded {
		if d.err != nil {
			fmt.Printf("event %d: error: %v\n", events[i].Seq, d.err)
			continue
		}
		fmt.Printf("event %d: %T %+v meta=%v\n", events[i].Seq, d.val, d.val, events[i].Meta)
		if err := enc.Encode(d.val); err != nil {
			fmt.Println("encode:", err)
		}
	}
	raw, _ := json.Marshal(events[1])
	fmt.Println(string(raw))
}

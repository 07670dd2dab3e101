package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type LogEntry struct {
	Level   string         `json:"level"`
	Msg     string         `json:"msg"`
	Latency float64        `json:"latency_ms"`
	Fields  map[string]any `json:"fields"`
}

const stream = `{"level":"info","msg":"start","latency_ms":1.5}
{"level":"warn","msg":"slow query","latency_ms":250,"fields":{"table":"users","rows":1200}}
{"level":"info","msg":"request","latency_ms":12.25,"fields":{"path":"/api","ok":true}}
{"level":"error","msg":"timeout","latency_ms":5000,"fields":{"retry":[1,2,3]}}
{"level":"info","msg":"request","latency_ms":8}
{"level":"info", "msg": broken}
`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	byLevel := map[string][]float64{}
	var entries []LogEntry
	for {
		var e LogEntry
		err := dec.Decode(&e)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var se *json.SyntaxError
			fmt.Println("decode error:", err, errors.As(err, &se))
			break
		}
		entries = append(entries, e)
		byLevel[e.Level] = append(byLevel[e.Level], e.Latency)
	}
	levels := make([]string, 0, len(byLevel))
	for l := range byLevel {
		levels = append(levels, l)
	}
	sort.Strings(levels)
	for _, l := range levels {
		lat := byLevel[l]
		sum := 0.0
		for _, x := range lat {
			sum += x
		}
		fmt.Printf("%-5s n=%d avg=%.2f\n", l, len(lat), sum/float64(len(lat)))
	}
	for _, e := range entries {
		if e.Fields == nil {
			continue
		}
		keys := make([]string, 0, len(e.Fields))
		for k := range e.Fields {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s.%s = %v (%T)\n", e.Msg, k, e.Fields[k], e.Fields[k])
		}
	}
	arr := json.NewDecoder(strings.NewReader(`[{"a":1},{"a":2},{"a":3}] trailing`))
	tok, _ := arr.Token()
	fmt.Printf("%v %T\n", tok, tok)
	total := 0
	for arr.More() {
		var v struct{ A int }
		if err := arr.Decode(&v); err != nil {
			fmt.Println(err)
			return
		}
		total += v.A
	}
	tok, _ = arr.Token()
	fmt.Println(tok, total)
	_, err := arr.Token()
	fmt.Println(err)
	d2 := json.NewDecoder(strings.NewReader(`{"level":"x","extra":1}`))
	d2.DisallowUnknownFields()
	var e LogEntry
	fmt.Println(d2.Decode(&e))
}

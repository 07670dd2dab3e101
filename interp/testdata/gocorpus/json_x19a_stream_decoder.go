package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type LogLine struct {
	Level   string          `json:"level"`
	Msg     string          `json:"msg"`
	Fields  map[string]any  `json:"fields,omitempty"`
	Latency *float64        `json:"latency_ms,omitempty"`
	Raw     json.RawMessage `json:"raw,omitempty"`
}

const stream = `{"level":"info","msg":"started","fields":{"port":8080,"tls":false}}
{"level":"warn","msg":"slow","latency_ms":1250.5}
{"level":"error","msg":"failed","fields":{"code":"E42","retries":[1,2,3]},"raw":{"x":[1, 2]}}
{"level":"info","msg":"ok","latency_ms":0}
{"level":"debug" "msg":"broken"}
{"level":"info","msg":"never reached"}`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	dec.UseNumber()
	byLevel := map[string]int{}
	var latencies []float64
	for i := 1; ; i++ {
		var l LogLine
		err := dec.Decode(&l)
		if errors.Is(err, io.EOF) {
			break
		}
		var se *json.SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("line %d: syntax error at offset %d: %v\n", i, se.Offset, err)
			break
		}
		byLevel[l.Level]++
		if l.Latency != nil {
			latencies = append(latencies, *l.Latency)
		}
		keys := make([]string, 0, len(l.Fields))
		for k := range l.Fields {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			v := l.Fields[k]
			parts = append(parts, fmt.Sprintf("%s=%v(%T)", k, v, v))
		}
		fmt.Printf("%d %-5s %-8s %s raw=%s\n", i, l.Level, l.Msg, strings.Join(parts, ","), l.Raw)
		if n, ok := l.Fields["port"].(json.Number); ok {
			p, _ := n.Int64()
			fmt.Println("  port+1 =", p+1)
		}
	}
	fmt.Println(byLevel, latencies)
	out, _ := json.Marshal(map[string]any{"levels": byLevel, "n": len(latencies), "empty": []int{}, "nil": nil})
	fmt.Println(string(out))
}

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Capacity int

func (c Capacity) MarshalJSON() ([]byte, error) {
	if c < 0 {
		return []byte(`"unbounded"`), nil
	}
	return json.Marshal(int(c))
}

func (c *Capacity) UnmarshalJSON(b []byte) error {
	if string(b) == `"unbounded"` {
		*c = -1
		return nil
	}
	var n int
	if err := json.Unmarshal(b, &n); err != nil {
		return fmt.Errorf("capacity: %w", err)
	}
	*c = Capacity(n)
	return nil
}

type Pipe struct {
	From string   `json:"from"`
	To   string   `json:"to"`
	Cap  Capacity `json:"cap"`
	Flow int      `json:"flow,omitempty"`
}

type Network struct {
	Name  string          `json:"name"`
	Pipes []Pipe          `json:"pipes"`
	Meta  json.RawMessage `json:"meta,omitempty"`
}

func (n Network) Balance() map[string]int {
	b := map[string]int{}
	for _, p := range n.Pipes {
		b[p.From] -= p.Flow
		b[p.To] += p.Flow
	}
	return b
}

const doc = `{"name":"city water","pipes":[
 {"from":"res","to":"a","cap":10,"flow":7},
 {"from":"res","to":"b","cap":"unbounded","flow":5},
 {"from":"a","to":"town","cap":8,"flow":7},
 {"from":"b","to":"town","cap":5,"flow":5}],
 "meta":{"units":"ML/day","version":2}}`

func main() {
	var n Network
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&n); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	fmt.Printf("%s: %d pipes, meta=%s\n", n.Name, len(n.Pipes), n.Meta)
	bal := n.Balance()
	names := make([]string, 0, len(bal))
	for k := range bal {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%-5s %+d\n", k, bal[k])
	}
	n.Pipes = append(n.Pipes, Pipe{From: "town", To: "sea", Cap: -1})
	n.Meta = nil
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", " ")
	if err := enc.Encode(n); err != nil {
		fmt.Println(err)
	}
	fmt.Print(buf.String())
	var p Pipe
	err := json.Unmarshal([]byte(`{"from":"x","to":"y","cap":"lots"}`), &p)
	fmt.Println("err:", err)
	err = json.NewDecoder(strings.NewReader(`{"name":"x","extra":1}`)).Decode(&n)
	fmt.Println("strict:", err)
	var m map[string]json.RawMessage
	json.Unmarshal([]byte(doc), &m)
	fmt.Println(len(m), string(m["name"]))
}

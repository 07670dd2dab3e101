package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Config map[string]any

func merge(dst, src Config) Config {
	out := maps.Clone(dst)
	if out == nil {
		out = Config{}
	}
	for k, v := range src {
		if sm, ok := v.(map[string]any); ok {
			if dm, ok := out[k].(map[string]any); ok {
				out[k] = map[string]any(merge(dm, sm))
				continue
			}
		}
		if v == nil {
			delete(out, k)
			continue
		}
		out[k] = v
	}
	return out
}

func flatten(prefix string, v any, into map[string]string) {
	switch t := v.(type) {
	case map[string]any:
		for k, vv := range t {
			key := k
			if prefix != "" {
				key = prefix + "." + k
			}
			flatten(key, vv, into)
		}
	case []any:
		for i, vv := range t {
			flatten(fmt.Sprintf("%s[%d]", prefix, i), vv, into)
		}
	case json.Number:
		into[prefix] = "num:" + t.String()
	default:
		into[prefix] = fmt.Sprintf("%T:%v", t, t)
	}
}

func decode(s string) Config {
	d := json.NewDecoder(strings.NewReader(s))
	d.UseNumber()
	var c Config
	if err := d.Decode(&c); err != nil {
		panic(err)
	}
	return c
}

func main() {
	base := decode(`{"server":{"host":"localhost","port":8080,"tls":{"enabled":false}},
		"log":{"level":"info","outputs":["stdout"]},"features":["a","b"],"debug":true}`)
	prod := decode(`{"server":{"host":"0.0.0.0","tls":{"enabled":true,"cert":"/etc/cert.pem"}},
		"log":{"level":"warn"},"debug":null,"replicas":3}`)
	merged := merge(base, prod)

	flat := map[string]string{}
	flatten("", map[string]any(merged), flat)
	for _, k := range slices.Sorted(maps.Keys(flat)) {
		fmt.Printf("%-22s %s\n", k, flat[k])
	}
	out, _ := json.Marshal(merged)
	fmt.Println(string(out))
	var pretty bytes.Buffer
	json.Indent(&pretty, []byte(`{"b":[1,2],"a":{}}`), ">", "\t")
	fmt.Println(pretty.String())
	var compact bytes.Buffer
	json.Compact(&compact, []byte("{ \"x\" : [ 1 , 2 ] }"))
	fmt.Println(compact.String(), json.Valid([]byte(`{"x":}`)), json.Valid(compact.Bytes()))

	port := merged["server"].(map[string]any)["port"].(json.Number)
	p, err := port.Int64()
	fmt.Println(p+1, err)
	_, err = json.Number("1.5").Int64()
	fmt.Println(err)
	fmt.Println(len(base), len(merged), base["debug"], merged["debug"] == nil)
	type pair struct {
		K string `json:"k"`
		V int    `json:"v,string"`
	}
	var ps []pair
	err = json.Unmarshal([]byte(`[{"k":"a","v":"1"},{"k":"b","v":"22"}]`), &ps)
	fmt.Printf("%+v %v\n", ps, err)
	b, _ := json.Marshal(ps)
	fmt.Println(string(b))
}

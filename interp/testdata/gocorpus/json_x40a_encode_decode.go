package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type response1 struct {
	Page   int
	Fruits []string
}

type response2 struct {
	Page   int      `json:"page"`
	Fruits []string `json:"fruits"`
}

type Config struct {
	Name    string            `json:"name"`
	Port    int               `json:"port,omitempty"`
	Debug   bool              `json:"debug"`
	Tags    []string          `json:"tags,omitempty"`
	Limits  map[string]int    `json:"limits"`
	secret  string            //nolint
	Extra   *json.RawMessage  `json:"extra,omitempty"`
	Labels  map[string]string `json:"-"`
	Timeout float64           `json:"timeout,string"`
}

func main() {
	bolB, _ := json.Marshal(true)
	fmt.Println(string(bolB))
	intB, _ := json.Marshal(1)
	fmt.Println(string(intB))
	fltB, _ := json.Marshal(2.34)
	fmt.Println(string(fltB))
	strB, _ := json.Marshal("gopher")
	fmt.Println(string(strB))
	slcD := []string{"apple", "peach", "pear"}
	slcB, _ := json.Marshal(slcD)
	fmt.Println(string(slcB))
	mapD := map[string]int{"apple": 5, "lettuce": 7}
	mapB, _ := json.Marshal(mapD)
	fmt.Println(string(mapB))

	res1D := &response1{Page: 1, Fruits: []string{"apple", "peach", "pear"}}
	res1B, _ := json.Marshal(res1D)
	fmt.Println(string(res1B))
	res2D := &response2{Page: 1, Fruits: []string{"apple", "peach", "pear"}}
	res2B, _ := json.Marshal(res2D)
	fmt.Println(string(res2B))

	byt := []byte(`{"num":6.13,"strs":["a","b"]}`)
	var dat map[string]interface{}
	if err := json.Unmarshal(byt, &dat); err != nil {
		panic(err)
	}
	fmt.Println(dat)
	num := dat["num"].(float64)
	fmt.Println(num)
	strs := dat["strs"].([]interface{})
	str1 := strs[0].(string)
	fmt.Println(str1)

	str := `{"page": 1, "fruits": ["apple", "peach"]}`
	res := response2{}
	json.Unmarshal([]byte(str), &res)
	fmt.Println(res)
	fmt.Println(res.Fruits[0])

	enc := json.NewEncoder(os.Stdout)
	d := map[string]int{"apple": 5, "lettuce": 7}
	enc.Encode(d)

	dec := json.NewDecoder(strings.NewReader(str))
	res1 := response2{}
	dec.Decode(&res1)
	fmt.Println(res1)

	c := Config{Name: "svc", Limits: map[string]int{"b": 2, "a": 1}, secret: "x", Labels: map[string]string{"k": "v"}, Timeout: 1.5}
	out, _ := json.MarshalIndent(c, "", "  ")
	fmt.Println(string(out))
	var c2 Config
	err := json.Unmarshal([]byte(`{"name":"n2","port":8080,"tags":["x"],"extra":{"a":[1,2]},"timeout":"2.25"}`), &c2)
	fmt.Printf("%v %+v %s\n", err, c2.Port, *c2.Extra)
	fmt.Println(c2.Timeout, c2.Tags, c2.Limits == nil)
	var bad response2
	err = json.Unmarshal([]byte(`{"page":"one"}`), &bad)
	fmt.Println(err)
}

package main

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
)

const csvData = `sepal_len,sepal_wid,petal_len,petal_wid,species
5.1,3.5,1.4,0.2,setosa
4.9,3.0,1.4,0.2,setosa
7.0,3.2,4.7,1.4,versicolor
6.4,3.2,4.5,1.5,versicolor
6.3,3.3,6.0,2.5,virginica
5.8,2.7,5.1,1.9,virginica
5.0,3.6,1.4,0.2,setosa
5.5,2.3,4.0,1.3,versicolor
7.1,3.0,5.9,2.1,virginica
4.6,3.1,1.5,NA,setosa
6.5,2.8,4.6,1.5,versicolor
6.7,3.1,5.6,2.4,virginica`

type Dataset struct {
	X       [][]float64
	Y       []int
	Classes []string
}

func parse(s string) (Dataset, []string) {
	var ds Dataset
	var skipped []string
	classIdx := map[string]int{}
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for ln, line := range lines[1:] {
		fields := strings.Split(line, ",")
		row := make([]float64, 0, 4)
		ok := true
		for _, f := range fields[:4] {
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				skipped = append(skipped, fmt.Sprintf("line %d: %v", ln+2, err))
				ok = false
				break
			}
			row = append(row, v)
		}
		if !ok {
			continue
		}
		c, seen := classIdx[fields[4]]
		if !seen {
			c = len(ds.Classes)
			classIdx[fields[4]] = c
			ds.Classes = append(ds.Classes, fields[4])
		}
		ds.X = append(ds.X, row)
		ds.Y = append(ds.Y, c)
	}
	return ds, skipped
}

func (d Dataset) subset(idx []int) Dataset {
	out := Dataset{Classes: d.Classes}
	for _, i := range idx {
		out.X = append(out.X, d.X[i])
		out.Y = append(out.Y, d.Y[i])
	}
	return out
}

func main() {
	ds, skipped := parse(csvData)
	fmt.Println("samples:", len(ds.X), "classes:", ds.Classes)
	fmt.Println("skipped:", skipped)
	r := rand.New(rand.NewSource(231))
	perm := r.Perm(len(ds.X))
	nTrain, nVal := 7, 2
	train := ds.subset(perm[:nTrain])
	val := ds.subset(perm[nTrain : nTrain+nVal])
	test := ds.subset(perm[nTrain+nVal:])
	fmt.Println("perm:", perm)
	fmt.Println("sizes:", len(train.X), len(val.X), len(test.X))
	mean := make([]float64, 4)
	for _, x := range train.X {
		for j, v := range x {
			mean[j] += v / float64(len(train.X))
		}
	}
	fmt.Printf("train mean: %.3f\n", mean)
	center := func(d *Dataset) {
		for i := range d.X {
			row := make([]float64, len(d.X[i]))
			for j, v := range d.X[i] {
				row[j] = v - mean[j]
			}
			d.X[i] = row
		}
	}
	center(&train)
	center(&val)
	fmt.Printf("val[0] centered: %+.3f label %s\n", val.X[0], val.Classes[val.Y[0]])
	fmt.Printf("original untouched: %v\n", ds.X[perm[nTrain]])
}

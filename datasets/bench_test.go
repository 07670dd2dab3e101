package datasets

import "testing"

// Reading MNIST is a notebook's first cell; these say what it costs.
func BenchmarkLoadMNISTTrain(b *testing.B)      { benchmarkLoadMNIST(b, 60000, 0) }
func BenchmarkLoadMNISTTest(b *testing.B)       { benchmarkLoadMNIST(b, 0, 10000) }
func BenchmarkLoadMNISTSubset1000(b *testing.B) { benchmarkLoadMNIST(b, 1000, 0) }

func benchmarkLoadMNIST(b *testing.B, nTrain, nTest int) {
	b.Setenv(EnvData, "")
	dir, err := MNISTDir("")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadMNISTSubset(dir, nTrain, nTest); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSplitMNIST(b *testing.B) {
	b.Setenv(EnvData, "")
	s, err := LoadMNIST("")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		SubtractMean(Split(s, 59000, 1000, 10000, 500, 0))
	}
}

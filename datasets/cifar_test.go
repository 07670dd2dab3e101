package datasets

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fakeCIFAR writes the six CIFAR-10 files into dir with records[i] records
// in file i. Record k of a file has label k%10 and pixel bytes that encode
// the file, the record and the colour plane, so a test can tell where a
// row came from and that the planes stayed planar.
func fakeCIFAR(t testing.TB, dir string, records [6]int) {
	t.Helper()
	for i, name := range cifarFiles {
		data := make([]byte, 0, records[i]*cifarRecord)
		for k := range records[i] {
			data = append(data, byte(k%10))
			for plane := range 3 {
				for range 1024 {
					data = append(data, byte(100*plane+10*i+k))
				}
			}
		}
		write(t, filepath.Join(dir, name), data)
	}
}

func TestLoadCIFAR10(t *testing.T) {
	t.Setenv(EnvData, "")
	dir := t.TempDir()
	fakeCIFAR(t, dir, [6]int{2, 3, 1, 1, 2, 4})
	s, err := LoadCIFAR10(dir)
	if err != nil {
		t.Fatal(err)
	}
	if r, c := s.XTrain.Dims(); r != 9 || c != 3072 {
		t.Errorf("got XTrain %dx%d, want 9x3072", r, c)
	}
	if r, c := s.XTest.Dims(); r != 4 || c != 3072 {
		t.Errorf("got XTest %dx%d, want 4x3072", r, c)
	}
	if want := []int{0, 1, 0, 1, 2, 0, 0, 0, 1}; !slices.Equal(s.YTrain, want) {
		t.Errorf("got training labels %v, want %v", s.YTrain, want)
	}
	if want := []int{0, 1, 2, 3}; !slices.Equal(s.YTest, want) {
		t.Errorf("got test labels %v, want %v", s.YTest, want)
	}
	// Row 3 is record 1 of data_batch_2.bin (file 1): red 11, green 111,
	// blue 211, each over a whole 1024-pixel plane.
	tests := []struct {
		col  int
		want float64
	}{{0, 11}, {1023, 11}, {1024, 111}, {2047, 111}, {2048, 211}, {3071, 211}}
	for _, tt := range tests {
		if got := s.XTrain.At(3, tt.col); got != tt.want {
			t.Errorf("got XTrain[3, %d] = %v, want %v", tt.col, got, tt.want)
		}
	}
	if s.Height != 32 || s.Width != 32 || s.Channels != 3 || len(s.Classes) != 10 || s.Classes[9] != "truck" {
		t.Errorf("got %dx%dx%d images in classes %v, want 32x32x3 in CIFAR-10's ten", s.Height, s.Width, s.Channels, s.Classes)
	}
}

// A subset reads across file boundaries and stops where it is told.
func TestLoadCIFAR10Subset(t *testing.T) {
	t.Setenv(EnvData, "")
	dir := t.TempDir()
	fakeCIFAR(t, dir, [6]int{2, 3, 1, 1, 2, 4})
	tests := []struct {
		name          string
		nTrain, nTest int
		firstPixels   []float64
		testY         []int
	}{
		{"within the first file", 1, 2, []float64{0}, []int{0, 1}},
		{"across files", 4, 1, []float64{0, 1, 10, 11}, []int{0}},
		{"all", 9, 4, []float64{0, 1, 10, 11, 12, 20, 30, 40, 41}, []int{0, 1, 2, 3}},
		{"no test part", 1, 0, []float64{0}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := LoadCIFAR10Subset(dir, tt.nTrain, tt.nTest)
			if err != nil {
				t.Fatal(err)
			}
			var got []float64
			for i := range tt.nTrain {
				got = append(got, s.XTrain.At(i, 0))
			}
			if !slices.Equal(got, tt.firstPixels) {
				t.Errorf("got first red pixels %v, want %v", got, tt.firstPixels)
			}
			if !slices.Equal(s.YTest, tt.testY) {
				t.Errorf("got test labels %v, want %v", s.YTest, tt.testY)
			}
		})
	}
}

func TestLoadCIFAR10Errors(t *testing.T) {
	t.Setenv(EnvData, "")
	tests := []struct {
		name   string
		damage func(t *testing.T, dir string)
		nTrain int
		want   string
	}{
		{"size not a multiple of 3073", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "data_batch_2.bin"), make([]byte, 2*3073+5))
		}, -1, "datasets: data_batch_2.bin: 6151 bytes is not a multiple of 3073 (1 label byte + 3072 pixel bytes per record): not a CIFAR-10 binary batch"},
		{"published size plus one", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "test_batch.bin"), make([]byte, 30730001))
		}, -1, "datasets: test_batch.bin: 30730001 bytes is not a multiple of 3073"},
		{"empty file", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "data_batch_5.bin"), nil)
		}, -1, "datasets: data_batch_5.bin: empty file"},
		{"missing files", func(t *testing.T, dir string) {
			os.Remove(filepath.Join(dir, "data_batch_4.bin"))
			os.Remove(filepath.Join(dir, "test_batch.bin"))
		}, -1, "missing data_batch_4.bin, test_batch.bin"},
		{"label out of range", func(t *testing.T, dir string) {
			record := make([]byte, 3073)
			record[0] = 10
			write(t, filepath.Join(dir, "data_batch_1.bin"), append(make([]byte, 3073), record...))
		}, -1, "datasets: data_batch_1.bin: record 1 has label 10, want 0..9: not a CIFAR-10 file"},
		{"too many asked for", func(*testing.T, string) {}, 6, "datasets: CIFAR-10 has 5 training images, asked for 6"},
		{"negative count", func(*testing.T, string) {}, -2, "datasets: LoadCIFAR10Subset: nTrain -2 and nTest 1 must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			fakeCIFAR(t, dir, [6]int{1, 1, 1, 1, 1, 1})
			tt.damage(t, dir)
			var err error
			if tt.nTrain == -1 {
				_, err = LoadCIFAR10(dir)
			} else {
				_, err = LoadCIFAR10Subset(dir, tt.nTrain, 1)
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// The archive unpacks into cifar-10-batches-bin; the directory above it
// works too, and $GOBACKPROP_DATA comes before the argument.
func TestCIFAR10Dir(t *testing.T) {
	top, other := t.TempDir(), t.TempDir()
	unpacked := filepath.Join(top, "cifar-10-batches-bin")
	if err := os.Mkdir(unpacked, 0o755); err != nil {
		t.Fatal(err)
	}
	fakeCIFAR(t, unpacked, [6]int{1, 1, 1, 1, 1, 2})
	fakeCIFAR(t, other, [6]int{1, 1, 1, 1, 1, 3})
	tests := []struct {
		name, env, arg, want string
	}{
		{"argument above the folder", "", top, unpacked},
		{"environment first", other, top, other},
		{"environment above the folder", top, other, unpacked},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(EnvData, tt.env)
			s, err := LoadCIFAR10(tt.arg)
			if err != nil {
				t.Fatal(err)
			}
			if s.Source != tt.want {
				t.Errorf("got files from %s, want %s", s.Source, tt.want)
			}
		})
	}
	t.Run("nowhere", func(t *testing.T) {
		t.Setenv(EnvData, "")
		_, err := LoadCIFAR10(t.TempDir())
		if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "cifar-10-binary.tar.gz") {
			t.Errorf("got error %v, want ErrNotFound saying where to download", err)
		}
	})
}
